package org.casegraph.graph;

/** Anything stored with a stable id: the GraphQL {@code Node} interface. */
public interface Identified {
  String id();
}
