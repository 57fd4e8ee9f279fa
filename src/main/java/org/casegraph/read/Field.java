package org.casegraph.read;

import java.util.List;
import java.util.Set;
import org.casegraph.support.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * A relationship field of the request compiled into its root's statement: its response key, the object
 * types it is selected on, how it is fetched, whether the parent's labels must be tested first (below an
 * interface, where it applies to some types only), what it selects below its targets, and for a
 * connection the page asked for and whether its total was selected.
 */
record Field(String resultKey, Set<String> types, Fetch fetch, boolean guarded, List<Field> children,
    @Nullable PageRequest page, boolean total) {

  /**
   * Appends what decides this field's Cypher (everything but its values, which are parameters), so that
   * requests of the same shape share one statement and Neo4j's plan of it.
   */
  void shape(StringBuilder key) {
    key.append(resultKey).append('=').append(fetch);
    if (guarded) {
      key.append(types);
    }
    if (total) {
      key.append("+total");
    }
    key.append('(');
    children.forEach(child -> child.shape(key));
    key.append(')');
  }
}
