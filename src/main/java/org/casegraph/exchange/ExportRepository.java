package org.casegraph.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Repository;

/**
 * Reads what an export writes, section by section in one read transaction, streaming each section's
 * items as they come (the driver fetches them in batches), so that memory does not grow with the graph.
 * The transaction is not retried: what was streamed cannot be taken back.
 */
@Repository
class ExportRepository {

  private static final String NEIGHBOURS = """
      UNWIND $frontier AS id
      MATCH (:Node {id: id})--(m:Node)
      WITH DISTINCT m WHERE %s
      RETURN m.id AS id
      """.formatted(Visibility.node("m"));
  /** The claims that back the facts of a subgraph. */
  private static final String BACKING = """
      UNWIND $ids AS id
      MATCH (f:Node {id: id}) WHERE f:Event OR f:Charge OR f:Detention OR f:Role OR f:Tie
      MATCH (c:Claim)-[:ASSERTS|REPORTS]->(f) WHERE %s
      RETURN DISTINCT c.id AS id
      """.formatted(Visibility.claim("c"));
  /** What the claims, roles, ties and detentions of a subgraph cannot be imported without. */
  private static final String REQUIRED = """
      UNWIND $ids AS id
      MATCH (n:Node {id: id})-[r:CLAIMED_BY|FROM|OF|IN]->(m:Node)
      WHERE n:Claim OR n:Role OR n:Tie OR (n:Detention AND type(r) = 'OF')
      RETURN DISTINCT m.id AS id
      """;

  /** The roles and detentions between the people, organisations and prisons among {@code $ids}. */
  private static final String FACTS_AMONG = """
      UNWIND $ids AS id
      MATCH (p:Person {id: id})<-[:OF]-(f)
      WHERE (f:Role AND EXISTS { MATCH (f)-[:IN]->(o) WHERE o.id IN $ids })
         OR (f:Detention AND (NOT EXISTS { (f)-[:AT]->() } OR EXISTS { MATCH (f)-[:AT]->(x) WHERE x.id IN $ids }))
      WITH DISTINCT f WHERE %s
      RETURN f.id AS id
      """.formatted(Visibility.node("f"));

  /** Items of one label read per query when exporting the whole graph. */
  private static final int CHUNK = 10_000;
  private static final String CHUNK_IDS = "MATCH (n:%s) WHERE n.id > $after RETURN n.id AS id ORDER BY n.id LIMIT $chunk";

  private final Driver driver;

  ExportRepository(Driver driver) {
    this.driver = driver;
  }

  /** The whole graph as the one asking may see it. */
  ExportScope all(boolean seesRestricted) {
    return new ExportScope(null, seesRestricted);
  }

  /**
   * The nodes within {@code depth} relationships of a node, passing only through what the one asking may
   * see, and what they need to be imported elsewhere: the claims behind each role, detention, charge and
   * event, each claim's claimant and source, each role's person and organisation, each detention's person.
   */
  ExportScope around(String id, int depth, int maxNodes, boolean seesRestricted) {
    try (var session = readSession(); var tx = session.beginTransaction()) {
      var start = new ExportScope(List.of(id), seesRestricted);
      var found = tx.run("MATCH (n:Node {id: $id}) WHERE %s RETURN n.id AS id".formatted(Visibility.node("n")),
          Map.of("id", id, "seesRestricted", seesRestricted)).list();
      if (found.isEmpty()) {
        throw NotFoundException.node(id);
      }
      var ids = new LinkedHashSet<>(start.ids());
      var frontier = List.copyOf(ids);
      for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
        var next = ids(tx, NEIGHBOURS, Map.of("frontier", frontier, "seesRestricted", seesRestricted));
        next.removeAll(ids);
        ids.addAll(next);
        frontier = List.copyOf(next);
        tooMany(ids, maxNodes);
      }
      ids.addAll(ids(tx, BACKING, Map.of("ids", List.copyOf(ids), "seesRestricted", seesRestricted)));
      ids.addAll(ids(tx, REQUIRED, Map.of("ids", List.copyOf(ids))));
      tooMany(ids, maxNodes);
      return new ExportScope(List.copyOf(ids), seesRestricted);
    }
  }

  /**
   * These nodes (those the one asking may see), the roles and detentions between them, and what they
   * need to be imported elsewhere, as {@link #around} adds it: what a page has on its canvas.
   */
  ExportScope among(List<String> given, int maxNodes, boolean seesRestricted) {
    tooMany(new LinkedHashSet<>(given), maxNodes);
    try (var session = readSession(); var tx = session.beginTransaction()) {
      var ids = ids(tx, "UNWIND $ids AS id MATCH (n:Node {id: id}) WHERE %s RETURN n.id AS id".formatted(Visibility.node("n")),
          Map.of("ids", given, "seesRestricted", seesRestricted));
      ids.addAll(ids(tx, FACTS_AMONG, Map.of("ids", List.copyOf(ids), "seesRestricted", seesRestricted)));
      ids.addAll(ids(tx, BACKING, Map.of("ids", List.copyOf(ids), "seesRestricted", seesRestricted)));
      ids.addAll(ids(tx, REQUIRED, Map.of("ids", List.copyOf(ids))));
      tooMany(ids, maxNodes);
      return new ExportScope(List.copyOf(ids), seesRestricted);
    }
  }

  /** Streams every section's items, in order, to {@code sink}, which is told each section as it starts. */
  void read(ExportScope scope, List<ExportSection> sections, SectionSink sink) {
    try (var session = readSession(); var tx = session.beginTransaction()) {
      for (var section : sections) {
        sink.start(section);
        if (scope.ids() != null) {
          stream(tx, section.query(scope), scope.parameters(), item -> sink.item(section, item));
          continue;
        }
        // The whole graph, a chunk of ids at a time in id order, so that no query sorts or holds a whole label.
        var parameters = scope.parameters();
        var ids = List.<String>of();
        do {
          var after = ids.isEmpty() ? "" : ids.getLast();
          ids = List.copyOf(ids(tx, CHUNK_IDS.formatted(section.label), Map.of("after", after, "chunk", CHUNK)));
          parameters.put("ids", ids);
          stream(tx, section.query(scope), parameters, item -> sink.item(section, item));
        } while (ids.size() == CHUNK);
      }
    }
  }

  interface SectionSink {
    void start(ExportSection section);

    void item(ExportSection section, Map<String, Object> item);
  }

  private static void stream(Transaction tx, String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> items) {
    var result = tx.run(cypher, parameters);
    while (result.hasNext()) {
      items.accept(result.next().get("item").asMap());
    }
  }

  private static Set<String> ids(Transaction tx, String cypher, Map<String, Object> parameters) {
    var ids = new LinkedHashSet<String>();
    tx.run(cypher, parameters).forEachRemaining(r -> ids.add(r.get("id").asString()));
    return ids;
  }

  private static void tooMany(Set<String> ids, int maxNodes) {
    if (ids.size() > maxNodes) {
      throw new BadRequestException("The subgraph holds more than %,d nodes; ask for a smaller depth, or export the whole graph"
          .formatted(maxNodes));
    }
  }

  private org.neo4j.driver.Session readSession() {
    return driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
  }
}
