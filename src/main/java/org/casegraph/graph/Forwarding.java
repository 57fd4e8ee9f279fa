package org.casegraph.graph;

import java.util.Optional;

/** Says where a node that no longer exists has gone, such as a duplicate merged into another entity. */
public interface Forwarding {

  /** Why there is no node with this id, when it once was one; empty when nothing is known of it. */
  Optional<String> explain(String id);
}
