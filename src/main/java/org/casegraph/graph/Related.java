package org.casegraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shapes what {@link NodeRepository#follow} finds into the map a {@code @BatchMapping} returns. */
public final class Related {

  private Related() {}

  public static <P extends Identified, T> Map<P, List<T>> follow(NodeRepository nodes, Link link, List<P> parents,
      Function<org.neo4j.driver.types.Node, T> mapper) {
    var byId = nodes.follow(link, parents.stream().map(Identified::id).distinct().toList(), mapper);
    var result = new LinkedHashMap<P, List<T>>();
    for (var parent : parents) {
      result.put(parent, byId.getOrDefault(parent.id(), List.of()));
    }
    return result;
  }
}
