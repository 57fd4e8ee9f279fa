package org.casegraph.dataset;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casegraph.graph.RelationshipType;
import org.casegraph.security.Restrictions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.stereotype.Repository;

/**
 * Writes a validated data set in one transaction: nodes merged by id with their whole property map
 * (set only where it differs, so a repeated import changes nothing), then relationships merged.
 */
@Repository
class DatasetWriter implements DatasetValidator.Graph {

  private final Driver driver;

  DatasetWriter(Driver driver) {
    this.driver = driver;
  }

  ImportReport write(Rows rows, Map<String, Integer> items) {
    try (var session = driver.session()) {
      return session.executeWrite(tx -> {
        var total = new int[4];
        rows.nodes.forEach((label, list) -> add(total, tx.run(mergeNodes(label), Map.of("rows", list)).consume().counters()));
        rows.links.forEach((type, list) -> add(total, tx.run(mergeLinks(type), Map.of("rows", list)).consume().counters()));
        Restrictions.refresh(tx, rows.sourceIds());
        return new ImportReport(items, total[0], total[1], total[2], total[3]);
      });
    }
  }

  static String mergeNodes(Rows.Label label) {
    return """
        UNWIND $rows AS row
        MERGE (n:Node {id: row.id})
        SET n:%s
        WITH n, row WHERE properties(n) <> row
        SET n = row
        """.formatted(label.labels);
  }

  static String mergeLinks(RelationshipType type) {
    return """
        UNWIND $rows AS row
        MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
        MERGE (a)-[r:%s]->(b)
        """.formatted(type == RelationshipType.PARTICIPATED_IN ? "PARTICIPATED_IN {role: row.role}" : type.name());
  }

  private static void add(int[] total, SummaryCounters counters) {
    total[0] += counters.nodesCreated();
    total[1] += counters.relationshipsCreated();
    total[2] += counters.propertiesSet();
    total[3] += counters.labelsAdded();
  }

  @Override
  public Set<String> existing(Collection<String> ids) {
    return ids(ids, "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id");
  }

  @Override
  public Set<String> backed(Collection<String> ids) {
    return ids(ids, "UNWIND $ids AS id MATCH (n:Node {id: id})<-[:ASSERTS|REPORTS]-(:Claim) RETURN DISTINCT n.id AS id");
  }

  private Set<String> ids(Collection<String> ids, String cypher) {
    try (var session = driver.session()) {
      return new HashSet<>(session.executeRead(tx -> tx.run(cypher, Map.of("ids", List.copyOf(ids)))
          .list(r -> r.get("id").asString())));
    }
  }
}
