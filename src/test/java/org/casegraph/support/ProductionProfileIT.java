package org.casegraph.support;

import org.jspecify.annotations.Nullable;
import org.casegraph.security.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The {@code prod} profile: no schema exploration unless switched on, CORS for named front-ends, health and metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.graphql.cors.allowed-origins=https://newsroom.example")
@ActiveProfiles("prod")
class ProductionProfileIT {

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("spring.neo4j.uri", TestDatabase::uri);
    registry.add("spring.neo4j.authentication.password", TestDatabase::password);
  }

  @BeforeEach
  void tokens(@Autowired Tokens tokens) {
    TestTokens.ensure(tokens);
  }

  @Test
  void shouldRefuseIntrospectionAndServeNoGraphiqlOrSchema() throws Exception {
    var introspection = send(post("{ __schema { types { name } } }"));
    assertThat(introspection.body()).contains("errors").doesNotContain("\"types\"");
    assertThat(send(get("/graphiql")).statusCode()).isEqualTo(404);
    assertThat(send(get("/graphql/schema")).statusCode()).isEqualTo(404);
    assertThat(send(post("{ sources { totalCount } }")).body()).contains("\"totalCount\"");
  }

  @Test
  void shouldSendSecurityHeaders() throws Exception {
    var response = send(post("{ sources { totalCount } }"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void shouldLetANamedFrontEndCallFromTheBrowserAndNoOtherOrigin() throws Exception {
    var allowed = send(preflight("https://newsroom.example"));
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://newsroom.example");
    var other = send(preflight("https://elsewhere.example"));
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void shouldReportHealthWithNeo4jAndExposeMetricsForPrometheus() throws Exception {
    var health = send(get("/actuator/health"));
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"", "\"neo4j\"");
    var metrics = send(get("/actuator/prometheus", TestTokens.ADMIN));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    assertThat(send(get("/actuator/prometheus")).statusCode()).as("a reader").isEqualTo(403);
    assertThat(send(get("/actuator/prometheus", null)).statusCode()).as("no token").isEqualTo(401);
  }

  private HttpRequest get(String path) {
    return get(path, TestTokens.READER);
  }

  private HttpRequest get(String path, @Nullable TestTokens token) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", token.bearer());
    }
    return request.build();
  }

  private HttpRequest post(String query) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .header("Authorization", TestTokens.READER.bearer())
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
        .build();
  }

  private HttpRequest preflight(String origin) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
