package org.casegraph.graph;

import java.util.List;
import java.util.Map;

/**
 * Nodes and the edges between them; truncated when the node limit cut it short, with how many nodes
 * found were left out (counted up to a bound, see {@link GraphProperties#maxCounted()}). In the FACTS
 * view each node also has the claims about it, by id.
 */
public record Subgraph(List<Identified> nodes, List<Edge> edges, boolean truncated, int leftOut,
    Map<String, NodeClaims> nodeClaims) {

  public Subgraph(List<Identified> nodes, List<Edge> edges, boolean truncated) {
    this(nodes, edges, truncated, 0, Map.of());
  }

  /** The claims about a node (or reporting it), at most a bounded number of their ids, and every source they come from. */
  public record NodeClaims(int count, List<String> claims, List<String> sources) {}
}
