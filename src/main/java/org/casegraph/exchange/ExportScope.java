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
   * Whether the node whose id is {@code id} is in the scope. A subgraph is read whole, so {@code $ids} is
   * the scope itself (naming the same list in another parameter trips Neo4j 2026.09's planner).
   * Subqueries test and return an id projected once ({@code WITH x.id AS id}): testing {@code x.id} and
   * returning it too lets that planner fail now and then, in the phase that caches properties read
   * twice ("x.id should not appear non-cached").
   */
  String has(String id) {
    return ids == null ? "true" : id + " IN $ids";
  }

  /** A claim the export writes: the claim {@code var}, whose id is {@code id}. */
  String claim(String var, String id) {
    return "(%s AND %s)".formatted(has(id), Visibility.claim(var));
  }

  /** A role, detention, charge or event the export writes, {@code var} with the id {@code id}: one a claim it writes backs. */
  String fact(String var, String id) {
    return "(%s AND EXISTS { MATCH (bc:Claim)-[:ASSERTS|REPORTS]->(%s) WITH bc, bc.id AS bcId WHERE %s })"
        .formatted(has(id), var, claim("bc", "bcId"));
  }

  Map<String, Object> parameters() {
    var parameters = new HashMap<String, Object>();
    parameters.put("ids", ids);
    parameters.put("seesRestricted", seesRestricted);
    return parameters;
  }
}
