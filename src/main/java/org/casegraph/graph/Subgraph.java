package org.casegraph.graph;

import java.util.List;

/** Nodes and the edges between them; truncated when the node limit cut it short. */
public record Subgraph(List<Identified> nodes, List<Edge> edges, boolean truncated) {}
