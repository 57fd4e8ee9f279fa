package org.casegraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casegraph.CasegraphApplication;
import org.casegraph.dataset.DatasetImporter;
import org.casegraph.security.Tokens;
import org.casegraph.support.QueryWatch;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * A store just loaded, whose indexes Neo4j has not sampled yet (it samples them in the background some
 * seconds after a load; here it never does), is where its planner picks other plans than on a settled
 * store, and where Neo4j 2026.09 fails on some compiled statements. The service refreshes Neo4j's
 * statistics after it seeds the store: every document of {@link CompiledReadsIT} is then asked of an
 * instance reading compiled statements and of one reading through the data loaders, and Neo4j must plan
 * and run every statement of both, the answers must be identical, and each of the benchmark's reads
 * must take one statement. Data loaded behind the service's back is answered right at once, and in one
 * statement again after Neo4j's statistics are refreshed.
 */
class UnsampledStoreReadsIT {


  private static Neo4j neo4j;
  private static QueryWatch queries;
  private static ConfigurableApplicationContext compiled;
  private static ConfigurableApplicationContext loaders;

  @BeforeAll
  static void start() throws Exception {
    neo4j = unsampled();
    queries = QueryWatch.on(neo4j.defaultDatabaseService());
    compiled = instance(neo4j, true, true);
    loaders = instance(neo4j, false, false);
    TestTokens.ensure(compiled.getBean(Tokens.class));
    compiled.getBean(DatasetImporter.class)
        .importContent(new ClassPathResource("datasets/restricted-witness.json").getContentAsByteArray());
  }

  @AfterAll
  static void stop() {
    if (loaders != null) {
      loaders.close();
    }
    if (compiled != null) {
      compiled.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  /** An in-process Neo4j that never samples its indexes in the background. */
  private static Neo4j unsampled() {
    return Neo4jBuilders.newInProcessBuilder().withDisabledServer()
        .withConfig(GraphDatabaseSettings.index_background_sampling_enabled, false)
        .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
  }

  private static ConfigurableApplicationContext instance(Neo4j store, boolean compiledReads, boolean seed) {
    return new SpringApplicationBuilder(CasegraphApplication.class).run("--server.port=0",
        "--spring.neo4j.uri=" + store.boltURI(), "--casegraph.seed.enabled=" + seed,
        "--casegraph.security.token-cache=1h", "--casegraph.embedded.bolt-port=0",
        "--casegraph.reads.compiled=" + compiledReads, "--spring.main.banner-mode=off");
  }

  static java.util.stream.Stream<Arguments> documents() throws Exception {
    return CompiledReadsIT.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shouldPlanAndAnswerEveryDocumentAsTheDataLoadersDo(String name, String document, Map<String, Object> variables)
      throws Exception {
    queries.takeFailures();
    for (var token : List.of(TestTokens.READER, TestTokens.CONFIDENTIAL_READER)) {
      var fromStatement = ask(compiled, token, document, variables);
      var fromLoaders = ask(loaders, token, document, variables);
      assertThat(queries.takeFailures()).as("statements Neo4j failed on for %s as %s", name, token).isEmpty();
      assertThat(fromStatement).as("%s as %s", name, token).isEqualTo(fromLoaders);
      assertThat(fromStatement.has("data")).as("%s as %s answered: %s", name, token, fromStatement).isTrue();
    }
  }

  @Test
  void shouldAnswerEachOfTheBenchmarksReadsInOneStatement() throws Exception {
    var reads = CompiledReadsIT.documents().map(Arguments::get)
        .filter(a -> List.of("lookup", "nested", "page", "counts", "claims").contains(a[0])).toList();
    assertThat(reads).hasSize(5);
    ask(compiled, TestTokens.READER, "{ __typename }", Map.of());
    for (var read : reads) {
      // Of someone a reader may see: for the restricted witness of CompiledReadsIT, a second query says none is there.
      @SuppressWarnings("unchecked")
      var variables = read[0].equals("nested") ? Map.<String, Object>of("id", "person:alfredo-romero")
          : (Map<String, Object>) read[2];
      for (int i = 0; i < 3; i++) {
        var before = queries.started();
        var answer = ask(compiled, TestTokens.READER, (String) read[1], variables);
        assertThat(queries.started() - before).as("Neo4j queries for %s, asked a %d. time: %s", read[0], i + 1, answer)
            .isOne();
      }
    }
  }

  @Test
  void shouldAnswerDataLoadedBehindTheServicesBackAtOnceAndInOneStatementOnceNeo4jsStatisticsAreRefreshed()
      throws Exception {
    try (var store = unsampled()) {
      var watch = QueryWatch.on(store.defaultDatabaseService());
      var service = instance(store, true, false);
      try {
        TestTokens.ensure(service.getBean(Tokens.class));
        try (var driver = GraphDatabase.driver(store.boltURI(), AuthTokens.none())) {
          // As another writer would: the service's indexes exist, and are filled without the service knowing.
          driver.executableQuery("""
              CREATE (o:Node:Entity:Organisation {id: 'org:test-monitor', name: 'Test monitor', category: 'NGO'})
              CREATE (s:Node:Source {id: 'source:test-bulletin', title: 'Bulletin'})
              WITH o, s UNWIND range(10, 49) AS i
              CREATE (c:Node:Claim {id: 'claim:test-' + i, statement: 'Report ' + i, claimant: o.id, source: s.id})
              CREATE (c)-[:CLAIMED_BY]->(o), (c)-[:FROM]->(s)""").execute();
        }
        var expected = new ArrayList<String>();
        for (int i = 10; i < 30; i++) {
          expected.add("claim:test-" + i + " | Report " + i + " | source:test-bulletin | Bulletin");
        }
        long queriesOfTheLast = 0;
        for (int i = 0; i < 3; i++) {
          var before = watch.started();
          var answer = ask(service, TestTokens.READER, CLAIMS, Map.of("id", "org:test-monitor"));
          queriesOfTheLast = watch.started() - before;
          var claimsMade = answer.at("/data/node/claimsMade");
          assertThat(claimsMade.at("/totalCount").asInt()).as("claims made, asked a %d. time: %s", i + 1, answer)
              .isEqualTo(40);
          var page = new ArrayList<String>();
          for (var edge : claimsMade.at("/edges")) {
            var node = edge.at("/node");
            page.add(String.join(" | ", node.at("/id").asString(), node.at("/statement").asString(),
                node.at("/source/id").asString(), node.at("/source/title").asString()));
          }
          assertThat(page).as("the first page of claims made, asked a %d. time", i + 1).isEqualTo(expected);
        }
        assertThat(queriesOfTheLast).as("Neo4j queries for the claims made, asked a third time").isOne();
      } finally {
        service.close();
      }
    }
  }

  private static final String CLAIMS = """
      query($id: ID!) { node(id: $id) { id ... on Organisation {
        claimsMade(first: 20) { totalCount edges { node { id statement source { id title } } } } } } }""";

  private static JsonNode ask(ConfigurableApplicationContext instance, TestTokens token, String document,
      Map<String, Object> variables) throws Exception {
    var port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0"));
    return CompiledReadsIT.ask(port, token, document, variables);
  }
}
