package org.casegraph.bench;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One question, asked three ways: as a Casegraph GraphQL document, as a document for the Neo4j
 * GraphQL Library's generated schema, and by name to the floor, which answers it with hand-written
 * Cypher in Casegraph's shape. Each answer's {@code data} is reduced to a canonical form, and the
 * three canonical forms must be equal.
 *
 * <p>A write question ({@link #write()} set) writes a new node on every request: its variables hold
 * {@link Tags#PLACEHOLDER}, which each request replaces with a tag of its own. Its answers are only ids;
 * what is compared is the node it wrote, read back from Neo4j ({@link Written}).
 */
record Question(String name, String description, String casegraph, String peer,
    Function<Parameters, Map<String, Object>> variables,
    Function<Object, Object> canonicalCasegraph, Function<Object, Object> canonicalPeer, @Nullable Write write) {

  /** What a write question writes: the id of its node (with the placeholder), and the peer's variables. */
  record Write(String written, Function<Parameters, Map<String, Object>> peerVariables) {

    String written(String tag) {
      return written.replace(Tags.PLACEHOLDER, tag);
    }
  }

  /** A read question. */
  Question(String name, String description, String casegraph, String peer, Function<Parameters, Map<String, Object>> variables,
      Function<Object, Object> canonicalCasegraph, Function<Object, Object> canonicalPeer) {
    this(name, description, casegraph, peer, variables, canonicalCasegraph, canonicalPeer, null);
  }

  boolean writes() {
    return write != null;
  }

  /** The variables for the peer: its full-text query takes Lucene syntax, which the others build from a text. */
  Map<String, Object> peerVariables(Parameters parameters) {
    if (write != null) {
      return write.peerVariables().apply(parameters);
    }
    var all = new java.util.HashMap<>(variables.apply(parameters));
    if (all.containsKey("text")) {
      all.put("phrase", Parameters.luceneQuery((String) all.remove("text")));
    }
    return all;
  }
}
