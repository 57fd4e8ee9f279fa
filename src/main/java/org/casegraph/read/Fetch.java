package org.casegraph.read;

import org.casegraph.graph.Link;

/** How a relationship field of the schema is read inside the statement of its root field. */
sealed interface Fetch {

  /** A list of targets, in id order, each once. */
  record Targets(Link link) implements Fetch {}

  /** At most one node, whose id the parent holds in {@code idProperty}. */
  record Target(String idProperty) implements Fetch {}

  /** A connection: a keyset page of targets in id order, and their total when asked for. */
  record Page(Link link) implements Fetch {}

  /** The number of targets. */
  record Count(Link link) implements Fetch {}
}
