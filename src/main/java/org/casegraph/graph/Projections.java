package org.casegraph.graph;

import graphql.schema.DataFetchingEnvironment;

/** The {@link Projection} a root field's selection set asks for. */
public interface Projections {

  /** For a field whose value is a node or a list of nodes ({@code node}, {@code nodes}). */
  Projection ofNodes(DataFetchingEnvironment env);

  /** For a field whose value is a connection: the selection below {@code edges.node}, and {@code totalCount}. */
  Projection ofConnection(DataFetchingEnvironment env);
}
