package org.casegraph.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an export covers: the whole graph, or the nodes of a subgraph by id; and whether the one asking
 * sees restricted sources. Gives the export queries their first line and the test for a referenced node.
 */
record ExportScope(@Nullable List<String> ids, boolean seesRestricted) {

  /** Matches the nodes of one label in the scope, as {@code var}, followed by a WHERE to extend with AND. */
  String match(String var, String label) {
    return ids == null
        ? "MATCH (%1$s:%2$s) WHERE %1$s.id IS NOT NULL".formatted(var, label)
        : "UNWIND $ids AS scopeId MATCH (%1$s:%2$s {id: scopeId}) WHERE true".formatted(var, label);
  }

  /** Whether a node the item refers to is in the scope. */
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
