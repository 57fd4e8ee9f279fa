package org.casegraph.support;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j Driver logs through SLF4J, at the levels set for {@code org.neo4j.driver} in the logging
 * configuration. Its default, the JDK's System.Logger, asked for a logger and checked a debug level
 * through java.util.logging several times for every statement.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

  @Bean
  ConfigBuilderCustomizer driverLogsThroughSlf4j() {
    return builder -> builder.withLogging(Logging.slf4j());
  }
}
