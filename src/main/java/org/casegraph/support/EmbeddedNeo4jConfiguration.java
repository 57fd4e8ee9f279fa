package org.casegraph.support;

import java.net.URI;
import java.time.Duration;
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
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no Neo4j URI configured (or {@code spring.neo4j.uri=embedded}), Neo4j
 * runs in this process and the Driver reaches it over a loopback Bolt port, exactly as it would
 * reach a server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.neo4j", name = "uri", havingValue = EmbeddedNeo4jConfiguration.EMBEDDED, matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jConfiguration {

  public static final String EMBEDDED = "embedded";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
    var home = properties.dataDirectory().toAbsolutePath();
    log.info("Starting embedded Neo4j with its store in {}", home);
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, properties.transactionMemory().toBytes())
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
        .build();
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService neo4j) {
    var db = (GraphDatabaseAPI) neo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    var uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
    log.info("Embedded Neo4j is listening on {} (no authentication, loopback only)", uri);
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return uri;
      }

      @Override
      public AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }
}
