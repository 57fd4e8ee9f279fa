package org.casegraph.support;

import org.casegraph.dataset.DatasetImporter;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that use the API as its users do: over HTTP, against the running app, on a real
 * Neo4j (see {@link TestDatabase}) holding the article data set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "casegraph.seed.enabled=false")
@AutoConfigureHttpGraphQlTester
@Import(CountingDriver.class)
public abstract class ApiIT {

  public static final String ARTICLE = "datasets/venezuela-post-election-releases.json";

  protected HttpGraphQlTester graphQl;

  @Autowired
  protected Driver driver;

  @Autowired
  protected DatasetImporter importer;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("spring.neo4j.uri", TestDatabase::uri);
    registry.add("spring.neo4j.authentication.password", TestDatabase::password);
  }

  @LocalServerPort
  private int port;

  /** A tester bound to the running server, patient enough for a small shared machine. */
  @BeforeEach
  void bindTesterToTheServer() {
    var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
        .responseTimeout(Duration.ofSeconds(60)).build();
    graphQl = HttpGraphQlTester.create(client);
  }

  @BeforeEach
  void loadArticle() throws Exception {
    var loaded = driver.executableQuery("MATCH (s:Source {id: 'source:article-venezuela-post-election-releases'}) RETURN count(s) > 0 AS loaded")
        .execute().records().getFirst().get("loaded").asBoolean();
    if (!loaded) {
      importer.importContent(new ClassPathResource(ARTICLE).getContentAsByteArray());
    }
  }

  /** Round trips to Neo4j so far: queries and sessions the app has asked the Driver for. */
  protected long roundTrips() {
    return CountingDriver.calls();
  }
}
