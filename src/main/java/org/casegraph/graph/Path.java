package org.casegraph.graph;

import java.util.List;

/** A path between two nodes, nodes in order from the start. */
public record Path(int length, List<Identified> nodes, List<Edge> edges) {}
