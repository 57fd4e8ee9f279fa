package org.casegraph.support;

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
class EmbeddedDefaultIT {

  private static final String CLAIM_COUNT = "{\"query\":\"{ claims { totalCount } sources { totalCount } }\"}";

  @TempDir
  Path store;

  @Test
  void shouldKeepEveryClaimAcrossARestart() throws Exception {
    String before;
    try (var app = start()) {
      assertThat(app.getBeanProvider(DatabaseManagementService.class).getIfAvailable()).isNotNull();
      before = post(app, CLAIM_COUNT);
      assertThat(before).contains("\"claims\":{\"totalCount\":40}");
    }
    assertThat(Files.list(store)).isNotEmpty();

    try (var app = start()) {
      assertThat(post(app, CLAIM_COUNT)).isEqualTo(before);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CasegraphApplication.class)
        .run("--spring.neo4j.uri=embedded", "--casegraph.embedded.data-directory=" + store,
            "--casegraph.embedded.bolt-port=0", "--server.port=0", "--casegraph.seed.enabled=true");
  }

  private static String post(ConfigurableApplicationContext app, String body) throws Exception {
    var port = ((WebServerApplicationContext) app).getWebServer().getPort();
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
  }
}
