package org.casegraph.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The embedded store a bulk import builds, opened briefly before it (the service is not running): whether
 * it is empty, and the API tokens to carry over into the new store.
 */
final class BulkStore {

  static final String TOKEN_LABEL = "ApiToken";

  /** What a store holds once it has started with no data: its migrations, the audit counter at 0, tokens. */
  private static final String CONTENT = """
      MATCH (n) WHERE NOT (n:__Migration OR n:ApiToken OR (n:ChangeSequence AND n.last = 0))
      RETURN count(n) AS nodes, count { MATCH (n:Node) } AS graph
      """;

  private BulkStore() {}

  /** Why a bulk import may not build this store, or null when it may: it must hold no data. */
  static @Nullable String refusal(Path home) {
    if (!exists(home)) {
      return null;
    }
    var found = query(home, db -> db.executeTransactionally(CONTENT, Map.of(), r -> r.next()));
    var nodes = ((Number) found.get("nodes")).longValue();
    if (nodes == 0) {
      return null;
    }
    return ("The store in %s is not empty (%,d nodes, %,d of them in the graph): import-bulk builds a new store and only "
        + "into an empty one. Import into this store with `java -jar casegraph.jar import` or POST /api/import?format=ftm, "
        + "or point CASEGRAPH_DATA (or --casegraph.embedded.data-directory) at a new directory.")
        .formatted(home, nodes, ((Number) found.get("graph")).longValue());
  }

  /** The API tokens of the store, each as its properties; none when there is no store yet. */
  static List<Map<String, Object>> tokens(Path home) {
    if (!exists(home)) {
      return List.of();
    }
    return query(home, db -> db.executeTransactionally("MATCH (t:ApiToken) RETURN properties(t) AS t", Map.of(),
        r -> r.stream().map(row -> Map.copyOf(cast(row.get("t")))).toList()));
  }

  private static boolean exists(Path home) {
    return Files.isDirectory(home.resolve("data/databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object map) {
    return (Map<String, Object>) map;
  }

  private static <T> T query(Path home, java.util.function.Function<GraphDatabaseService, T> work) {
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
    try {
      return work.apply(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    } finally {
      dbms.shutdown();
    }
  }
}
