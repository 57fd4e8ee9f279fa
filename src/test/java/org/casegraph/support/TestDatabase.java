package org.casegraph.support;

import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The real Neo4j the tests run against, started once per test run: Testcontainers' Neo4j where a
 * Docker engine is present, else Neo4j's in-process harness. Either way the app reaches it through
 * the Driver over Bolt, as it would a server.
 */
public final class TestDatabase {

  private static final String PASSWORD = "casegraph-tests";
  private static volatile String uri;
  private static volatile String password = "";
  private static volatile String largeUri;

  /**
   * Neo4j stops a transaction past its timeout when its monitor next looks (every 2 s by default): a
   * read shorter than that would mostly finish first, and the tests of the query timeout (set to 1 ms
   * there) would depend on luck.
   */
  private static final Duration CHECK_TIMEOUTS_EVERY = Duration.ofMillis(50);

  private TestDatabase() {}

  public static synchronized String uri() {
    if (uri == null) {
      if (dockerAvailable()) {
        var container = new Neo4jContainer("neo4j:2026.09.0").withAdminPassword(PASSWORD)
            .withNeo4jConfig("db.transaction.monitor.check.interval", "50ms");
        container.start();
        uri = container.getBoltUrl();
        password = PASSWORD;
      } else {
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
            .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .withConfig(GraphDatabaseSettings.transaction_monitor_check_interval, CHECK_TIMEOUTS_EVERY)
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        uri = neo4j.boltURI().toString();
      }
    }
    return uri;
  }

  /**
   * A second Neo4j, in-process, for the tests that load a large generated graph, so that the article's
   * database stays small and fast. Started on first use; it asks for no password.
   */
  public static synchronized String large() {
    if (largeUri == null) {
      Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
          .withDisabledServer()
          .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
          .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .build();
      Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
      largeUri = neo4j.boltURI().toString();
    }
    return largeUri;
  }

  public static String password() {
    uri();
    return password;
  }

  /** A driver of the tests' own, for checks behind the API's back. */
  public static Driver driver() {
    return GraphDatabase.driver(uri(), password().isEmpty() ? AuthTokens.none() : AuthTokens.basic("neo4j", password()));
  }

  /** Removes every node but the migration records, so a test starts from an empty graph. */
  public static void clear() {
    // In batches: one transaction deleting a hundred thousand imported nodes thrashes the small page cache.
    try (var driver = driver(); var session = driver.session()) {
      session.run("MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
    }
  }

  public static long count(String cypher) {
    try (var driver = driver()) {
      return driver.executableQuery(cypher).withParameters(Map.of()).execute().records().getFirst().get(0).asLong();
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
