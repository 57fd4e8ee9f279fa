package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a person exploring the API opens in a browser: the schema, and a GraphiQL that works offline. */
class GraphiqlIT extends ApiIT {

  private static final Pattern ASSET = Pattern.compile("<(?:script|link)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"");


  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeThePrintedSchema() throws Exception {
    assertThat(get("/graphql/schema").statusCode()).as("without a token").isEqualTo(401);
    var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql/schema"))
        .header("Authorization", TestTokens.READER.bearer()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("type Claim implements Node", "scalar PartialDate", "interface Entity implements Node",
        "contradicts: [Claim!]!");
  }

  @Test
  void shouldServeGraphiqlWithEveryScriptAndStylesheetFromTheAppToAnyone() throws Exception {
    var page = get("/graphiql");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("GraphiQL").doesNotContainPattern("(?i)https?://");
    var assets = ASSET.matcher(page.body()).results().map(m -> m.group(1)).toList();
    assertThat(assets).as("scripts and stylesheets").hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(asset -> assertThat(asset).startsWith("/webjars/"))
        .anySatisfy(asset -> assertThat(asset).endsWith(".css"))
        .anySatisfy(asset -> assertThat(asset).contains("graphiql").endsWith(".js"));
    for (var asset : assets) {
      var response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.body()).as(asset).isNotBlank();
    }
  }

  @Test
  void shouldRunSubscriptionsOverGraphqlWsWithAClientTheAppServesAndItsLicence() throws Exception {
    var page = get("/graphiql").body();
    var client = ASSET.matcher(page).results().map(m -> m.group(1)).filter(asset -> asset.contains("graphql-ws")).toList();
    assertThat(client).hasSize(1);
    var script = get(client.getFirst());
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("graphqlWs", "connection_init");
    var licence = get(client.getFirst().substring(0, client.getFirst().indexOf("/umd/")) + "/LICENSE.md");
    assertThat(licence.statusCode()).isEqualTo(200);
    assertThat(licence.body()).contains("MIT License");
    assertThat(page).contains("graphqlWs.createClient", "connectionParams: { Authorization:");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
