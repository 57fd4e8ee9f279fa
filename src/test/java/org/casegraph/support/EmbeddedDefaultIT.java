package org.casegraph.support;

import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casegraph.CasegraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default: with no Neo4j URI the app runs Neo4j in-process, loads the article into an
 * empty store, and keeps every claim (and what was added since) across a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultIT {

  private static final Pattern PRINTED_TOKEN = Pattern.compile("Authorization: Bearer (cg_[A-Za-z0-9_-]{43})");

  private static final String CLAIM_COUNT = "{\"query\":\"{ claims { totalCount } sources { totalCount } }\"}";

  @TempDir
  Path store;

  @Test
  void shouldKeepEveryClaimAcrossARestart(CapturedOutput output) throws Exception {
    String before;
    String token;
    try (var app = start()) {
      assertThat(app.getBeanProvider(DatabaseManagementService.class).getIfAvailable()).isNotNull();
      var printed = PRINTED_TOKEN.matcher(output.getOut());
      assertThat(printed.find()).as("the first start prints an admin token").isTrue();
      token = printed.group(1);
      var port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(output.getOut()).as("a link that signs the browser view in, the token in the fragment")
          .contains("http://localhost:" + port + "/explore#token=" + token).doesNotContain("?token=");
      assertThat(post(app, CLAIM_COUNT, null)).as("without a token").contains("UNAUTHORIZED");
      before = post(app, CLAIM_COUNT, token);
      assertThat(before).contains("\"claims\":{\"totalCount\":40}");
    }
    assertThat(Files.list(store)).isNotEmpty();

    var printedSoFar = output.getOut().length();
    try (var app = start()) {
      assertThat(post(app, CLAIM_COUNT, token)).isEqualTo(before);
      assertThat(output.getOut().substring(printedSoFar)).as("a later start prints no token").doesNotContain("Bearer cg_");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CasegraphApplication.class)
        .run("--spring.neo4j.uri=embedded", "--casegraph.embedded.data-directory=" + store,
            "--casegraph.embedded.bolt-port=0", "--server.port=0", "--casegraph.seed.enabled=true");
  }

  private static String post(ConfigurableApplicationContext app, String body, @Nullable String token) throws Exception {
    var port = ((WebServerApplicationContext) app).getWebServer().getPort();
    var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    var request = builder.build();
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
  }
}
