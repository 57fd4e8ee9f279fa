package org.casegraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.casegraph.support.QueryWatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The one Neo4j every server under test talks to: the store a {@code generate} command wrote, opened
 * in this process with a loopback Bolt port and no authentication. It counts the Cypher queries it
 * runs, so the harness can tell how many each request costs.
 */
final class Neo4jHost implements AutoCloseable {

  private final DatabaseManagementService dbms;
  private final String boltUri;
  private final QueryWatch queries;
  private final GraphDatabaseAPI db;

  Neo4jHost(Path store, long pageCacheBytes) {
    dbms = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
        .build();
    db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
    boltUri = "bolt://" + address.getHost() + ":" + address.getPort();
    queries = QueryWatch.on(db);
  }

  String boltUri() {
    return boltUri;
  }

  /** Queries started since this host opened the store. */
  long queries() {
    return queries.started();
  }

  /**
   * Waits, at most {@code limit}, until Neo4j runs no transaction but the one asking: a load that ends with
   * statements in flight (a server that answers nothing within the measurement) leaves them running, and
   * they would be measured as part of the next server's work. Returns how long it waited.
   */
  Duration awaitIdle(Duration limit) {
    var start = System.nanoTime();
    var deadline = start + limit.toNanos();
    while (running() > 0 && System.nanoTime() < deadline) {
      Servers.sleep(200);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Transactions open in the database besides the one that counts them. */
  private long running() {
    return db.executeTransactionally("SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n", Map.of(),
        result -> (Long) result.next().get("n")) - 1;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
