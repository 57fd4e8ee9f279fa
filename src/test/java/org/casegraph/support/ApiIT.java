package org.casegraph.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.casegraph.dataset.DatasetImporter;
import org.casegraph.security.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that use the API as its users do: over HTTP, against the running app, on a real
 * Neo4j (see {@link TestDatabase}) holding the article data set.
 */
// A token stays trusted for the tests' whole run: a check expiring mid-test would be counted as a round trip.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"casegraph.seed.enabled=false", "casegraph.security.token-cache=1h"})
@AutoConfigureHttpGraphQlTester
@Import(CountingDriver.class)
public abstract class ApiIT {

  public static final String ARTICLE = "datasets/venezuela-post-election-releases.json";

  /** Generous: the first requests after start, planning each Cypher statement afresh, are slow on a small machine. */
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  protected HttpGraphQlTester graphQl;

  @Autowired
  protected Driver driver;

  @Autowired
  protected DatasetImporter importer;

  @Autowired
  protected Tokens tokens;

  @LocalServerPort
  protected int port;

  private HttpGraphQlTester tester;

  @Autowired
  void graphQl(HttpGraphQlTester tester) {
    this.tester = tester.mutate().webTestClient(client -> client.responseTimeout(RESPONSE_TIMEOUT))
        .responseTimeout(RESPONSE_TIMEOUT).build();
    graphQl = as(TestTokens.READER);
  }

  /** The API as the holder of this token sees it. */
  protected HttpGraphQlTester as(TestTokens token) {
    return tester.mutate().header(HttpHeaders.AUTHORIZATION, token.bearer()).build();
  }

  /** A POST of JSON (or JSON lines) to the service's HTTP API, with this token or none. */
  protected HttpResponse<String> postApi(String path, String body, @Nullable TestTokens token) throws Exception {
    return postApi(path, body, "application/json", token);
  }

  /** As {@link #postApi(String, String, TestTokens)}, with this Content-Type. */
  protected HttpResponse<String> postApi(String path, String body, String contentType, @Nullable TestTokens token) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  /** A GET of the service's HTTP API, with this token or none. */
  protected HttpResponse<String> getApi(String path, @Nullable TestTokens token) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, @Nullable TestTokens token) throws Exception {
    if (token != null) {
      request.header("Authorization", token.bearer());
    }
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  /** The API without a token. */
  protected HttpGraphQlTester anonymous() {
    return tester;
  }

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("spring.neo4j.uri", TestDatabase::uri);
    registry.add("spring.neo4j.authentication.password", TestDatabase::password);
  }

  @BeforeEach
  void loadArticle() throws Exception {
    TestTokens.ensure(tokens);
    var loaded = driver.executableQuery("MATCH (s:Source {id: 'source:article-venezuela-post-election-releases'}) RETURN count(s) > 0 AS loaded")
        .execute().records().getFirst().get("loaded").asBoolean();
    if (!loaded) {
      importer.importContent(new ClassPathResource(ARTICLE).getContentAsByteArray());
    }
  }

  /** Removes nodes a test wrote, and the whole audit trail, so the next test sees the article alone. */
  protected void forget(String... ids) {
    driver.executableQuery("UNWIND $ids AS id MATCH (n:Node {id: id}) DETACH DELETE n")
        .withParameters(java.util.Map.of("ids", java.util.List.of(ids))).execute();
    driver.executableQuery("MATCH (c:Change|ChangedNode) DETACH DELETE c").execute();
  }

  /**
   * Every node of the graph (leaving out tokens, migrations, the audit trail and its counter, and merge records) with its
   * labels and typed properties, and every relationship with its properties, sorted: equal dumps mean
   * equal graphs.
   */
  protected java.util.List<String> dump() {
    var lines = new java.util.ArrayList<String>();
    driver.executableQuery("""
            MATCH (n) WHERE NOT n:Change|ChangedNode|ChangeSequence|ApiToken|__Migration|Merge
            RETURN labels(n) AS labels, properties(n) AS properties""").execute().records()
        .forEach(r -> lines.add("node %s %s".formatted(r.get("labels").asList(org.neo4j.driver.Value::asString).stream().sorted().toList(),
            typed(r.get("properties")))));
    driver.executableQuery("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS properties")
        .execute().records()
        .forEach(r -> lines.add("link %s -[%s %s]-> %s".formatted(r.get("a").asString(), r.get("type").asString(),
            typed(r.get("properties")), r.get("b").asString())));
    java.util.Collections.sort(lines);
    return lines;
  }

  private static String typed(org.neo4j.driver.Value properties) {
    var typed = new java.util.TreeMap<String, String>();
    properties.keys().forEach(k -> typed.put(k, properties.get(k).type().name() + " " + properties.get(k)));
    return typed.toString();
  }

  /**
   * Round trips to Neo4j so far: queries and sessions the app has asked the Driver for. The token is checked
   * first, so that looking it up again when its cached check expires is never counted as the request's work.
   */
  protected long roundTrips() {
    graphQl.document("{ __typename }").execute().errors().verify();
    return CountingDriver.calls();
  }
}
