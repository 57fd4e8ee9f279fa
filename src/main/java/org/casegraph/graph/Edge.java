package org.casegraph.graph;

import java.util.List;

/** A relationship between two nodes, with the ids of the claims behind it. */
public record Edge(String from, String to, String type, List<String> claimIds) {}
