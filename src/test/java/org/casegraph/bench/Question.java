package org.casegraph.bench;

import java.util.Map;
import java.util.function.Function;

/**
 * One question, asked three ways: as a Casegraph GraphQL document, as a document for the Neo4j
 * GraphQL Library's generated schema, and by name to the floor, which answers it with hand-written
 * Cypher in Casegraph's shape. Each answer's {@code data} is reduced to a canonical form, and the
 * three canonical forms must be equal.
 */
record Question(String name, String description, String casegraph, String peer,
    Function<Parameters, Map<String, Object>> variables,
    Function<Object, Object> canonicalCasegraph, Function<Object, Object> canonicalPeer) {

  /** The variables for the peer: its full-text query takes Lucene syntax, which the others build from a text. */
  Map<String, Object> peerVariables(Parameters parameters) {
    var all = new java.util.HashMap<>(variables.apply(parameters));
    if (all.containsKey("text")) {
      all.put("phrase", Parameters.luceneQuery((String) all.remove("text")));
    }
    return all;
  }
}
