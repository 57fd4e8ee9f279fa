package org.casegraph.support;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that runs when no Neo4j URI is configured.
 *
 * @param dataDirectory where the store lives; it survives restarts
 * @param boltPort the loopback Bolt port (0 picks a free one)
 * @param pageCache memory for Neo4j's page cache
 * @param transactionMemory the most memory all transactions together may use
 */
@ConfigurationProperties("casegraph.embedded")
public record EmbeddedNeo4jProperties(
    @DefaultValue("data/neo4j") Path dataDirectory,
    @DefaultValue("7687") int boltPort,
    @DefaultValue("128MB") DataSize pageCache,
    @DefaultValue("256MB") DataSize transactionMemory) {}
