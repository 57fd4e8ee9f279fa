package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;

/** Where a person opening the service in a browser lands: an index, the browser view, GraphiQL linking to it. */
class ExplorePageIT extends ApiIT {


  @Autowired
  private WebApplicationContext context;

  @Test
  void shouldLinkTheIndexToTheBrowserViewAndToGraphiqlForAnyone() throws Exception {
    var index = fetch("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("href=\"/explore\"", "href=\"/graphiql\"").doesNotContainPattern("(?i)https?://");
    assertThat(fetch("/graphiql").body()).contains("href=\"/explore\"");
  }

  @Test
  void shouldServeTheBrowserViewsFilesWithoutATokenUnderAPolicyOfThisOriginOnly() throws Exception {
    for (var path : new String[] {"/explore", "/explore/", "/explore/index.html", "/explore/app.js"}) {
      var response = fetch(path);
      assertThat(response.statusCode()).as(path).isNotIn(401, 403);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "script-src 'self';", "connect-src 'self'")
              .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
    }
    // Data still needs a token, asked from the page as from anywhere.
    assertThat(fetch("/api/neighbourhood?of=prison:tocoron").statusCode()).isEqualTo(401);
    assertThat(fetch("/graphiql").headers().firstValue("Content-Security-Policy")).as("GraphiQL keeps its inline script").isEmpty();
  }

  @Test
  void shouldForwardExploreToThePageOfTheBrowserView() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    mvc.perform(get("/explore")).andExpect(forwardedUrl("/explore/index.html"));
    mvc.perform(get("/explore/")).andExpect(forwardedUrl("/explore/index.html"));
  }

  private HttpResponse<String> fetch(String path) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
