package org.casegraph.graph;

/**
 * How a subgraph is drawn: as stored (claims and sources as nodes, every relationship an edge), or as
 * facts (people, organisations, prisons, events and charges as nodes; each role, detention, charge,
 * participation and event at a prison one edge, carrying the claims behind it).
 */
public enum GraphView { CLAIMS, FACTS }
