package org.casegraph.generator;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Repository;

/** What the database already holds of a generated graph, read from the note on its first source. */
@Repository
class GeneratedGraphs {

  private final Driver driver;

  GeneratedGraphs(Driver driver) {
    this.driver = driver;
  }

  /** The note of the generated graph in the database, or null when it holds none. */
  @Nullable String note() {
    var records = driver.executableQuery("MATCH (s:Source {id: $id}) RETURN s.note AS note")
        .withParameters(Map.of("id", GraphGenerator.FIRST_SOURCE))
        .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
        .execute().records();
    return records.isEmpty() || records.getFirst().get("note").isNull() ? null : records.getFirst().get("note").asString();
  }
}
