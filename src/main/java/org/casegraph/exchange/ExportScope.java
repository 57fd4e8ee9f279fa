package org.casegraph.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an export covers (a subgraph's ids sorted, so that its items come in id order): the whole graph, or the nodes of a subgraph by id; and whether the one asking
 * sees restricted sources. Gives the export queries their first line and the test for a referenced node.
 */
record ExportScope(@Nullable List<String> ids, boolean seesRestricted) {

  ExportScope {
    ids = ids == null ? null : ids.stream().sorted().distinct().toList();
  }

  /**
   * Matches the nodes of one label among {@code $ids} (the subgraph, or a chunk of the whole graph), in
   * their order, as {@code var}, followed by a WHERE to extend with AND.
   */
  String match(String var, String label) {
    return "UNWIND $ids AS scopeId MATCH (%1$s:%2$s {id: scopeId}) WHERE true".formatted(var, label);
  }

  /**
   * Whether a node the item refers to is in the scope. A subgraph is read whole, so {@code $ids} is the
   * scope itself (naming the same list in another parameter trips Neo4j 2026.09's planner).
   */
  String has(String var) {
    return ids == null ? "true" : var + ".id IN $ids";
  }

  /** A claim the export writes. */
  String claim(String var) {
    return "(%s AND %s)".formatted(has(var), Visibility.claim(var));
  }

  /** A role, detention, charge or event the export writes: one a claim it writes backs. */
  String fact(String var) {
    return "(%s AND EXISTS { MATCH (bc:Claim)-[:ASSERTS|REPORTS]->(%s) WHERE %s })".formatted(has(var), var, claim("bc"));
  }

  Map<String, Object> parameters() {
    var parameters = new HashMap<String, Object>();
    parameters.put("ids", ids);
    parameters.put("seesRestricted", seesRestricted);
    return parameters;
  }
}
