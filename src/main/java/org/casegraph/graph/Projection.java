package org.casegraph.graph;

import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * What a read returns for each node {@code n} it finds: the node alone, or the node with the relationship
 * fields the request selected below it, compiled into the same statement (see {@code org.casegraph.read}).
 * A repository appends {@link #rows()} or {@link #collected()} to the statement that binds {@code n}, adds
 * {@link #parameters()} to its own, and hands each row back to {@link #node(Value)} and {@link #attach}.
 */
public interface Projection {

  /** Just the nodes: what a read returns when nothing below them was compiled into it. */
  Projection NODES = new Projection() {
    @Override
    public String rows() {
      return "RETURN n AS row";
    }

    @Override
    public String collected() {
      return "RETURN collect(n) AS page";
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of();
    }

    @Override
    public Node node(Value row) {
      return row.asNode();
    }

    @Override
    public void attach(Identified mapped, Value row) {}

    @Override
    public boolean totalCount() {
      return true;
    }
  };

  /** Cypher after a clause binding {@code n}: one row {@code row} per node. */
  String rows();

  /** Cypher after a clause binding {@code n}, in order: one row, {@code page}, the list of them. */
  String collected();

  Map<String, Object> parameters();

  /** The node a row is about. */
  Node node(Value row);

  /** Keeps what the row holds below {@code mapped} (the record {@link #node(Value)} became) for its fields to answer. */
  void attach(Identified mapped, Value row);

  /** Whether the request asked for the total count of a connection; when not, it is not counted. */
  boolean totalCount();

  /**
   * Told that Neo4j failed on the statement itself (an internal error, such as a planner's, not the
   * data or the viewer): the read is made again with {@link #NODES}, and its fields are fetched as
   * before, so the request gets its answer.
   */
  default void failed(RuntimeException error) {}
}
