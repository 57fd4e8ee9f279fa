package org.casegraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.claim.Counts;
import org.casegraph.support.Props;
import org.springframework.stereotype.Repository;

/**
 * Where the claims behind edges come from (source and claimant), and whether a contradiction touches
 * each: one recorded as {@code contradicts}, or a count of the same event (in the same unit, about the
 * same people) that cannot be true beside it, as {@code contradictions} finds them. One query for all.
 */
@Repository
class ClaimTraces {

  /** The most rival counts weighed per claim. */
  private static final int RIVALS = 1_000;

  /** A claim's source and claimant, and whether it is contested. */
  record Trace(String source, String claimant, boolean contested) {}

  private final NodeRepository nodes;

  ClaimTraces(NodeRepository nodes) {
    this.nodes = nodes;
  }

  /** The trace of each of these claims the viewer may see; the others are left out. */
  Map<String, Trace> of(Collection<String> claimIds) {
    var traces = new HashMap<String, Trace>();
    if (claimIds.isEmpty()) {
      return traces;
    }
    var records = nodes.read("""
        UNWIND $ids AS id
        MATCH (c:Claim&!Restricted {id: id})
        RETURN c, EXISTS { (c)-[:CONTRADICTS]-(:Claim&!Restricted) } AS recorded,
          CASE WHEN c.quantityValue IS NULL THEN [] ELSE COLLECT {
            MATCH (c)-[:REPORTS]->(:Event)<-[:REPORTS]-(o:Claim&!Restricted)
            WHERE o <> c AND o.quantityUnit = c.quantityUnit
              AND COLLECT { MATCH (c)-[:ABOUT]->(p:Person) RETURN p.id ORDER BY p.id }
                = COLLECT { MATCH (o)-[:ABOUT]->(p:Person) RETURN p.id ORDER BY p.id }
            RETURN o LIMIT $rivals } END AS rivals
        """, Map.of("ids", List.copyOf(claimIds), "rivals", RIVALS));
    for (var r : records) {
      var claim = r.get("c").asNode();
      var count = Props.quantity(claim, "quantity");
      var contested = r.get("recorded").asBoolean() || count != null && r.get("rivals").asList(v -> Props.quantity(v.asNode(), "quantity"))
          .stream().anyMatch(other -> other != null && Counts.cannotBothBeTrue(count, other));
      traces.put(Props.string(claim, "id"), new Trace(Props.string(claim, "source"), Props.string(claim, "claimant"), contested));
    }
    return traces;
  }

  /** Every edge's sources, in order, from the traces of its claims. */
  static List<String> sources(Edge edge, Map<String, Trace> traces) {
    return edge.claimIds().stream().map(traces::get).filter(java.util.Objects::nonNull).map(Trace::source).distinct().sorted().toList();
  }

  static List<String> claimants(Edge edge, Map<String, Trace> traces) {
    return edge.claimIds().stream().map(traces::get).filter(java.util.Objects::nonNull).map(Trace::claimant).distinct().sorted().toList();
  }

  static boolean contested(Edge edge, Map<String, Trace> traces) {
    return edge.claimIds().stream().map(traces::get).anyMatch(t -> t != null && t.contested());
  }
}
