package org.casegraph.support;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A Relay cursor connection with the total count of matching nodes. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

  public record Edge<T>(String cursor, T node) {}

  public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor, @Nullable String endCursor) {}

  /** Builds a page from the nodes fetched for it, which may hold one more than asked for. */
  public static <T> Connection<T> of(List<T> fetched, PageRequest page, long totalCount, Function<T, String> id) {
    var nodes = fetched.size() > page.first() ? fetched.subList(0, page.first()) : fetched;
    var edges = nodes.stream().map(n -> new Edge<>(PageRequest.cursor(id.apply(n)), n)).toList();
    var info = new PageInfo(fetched.size() > page.first(), page.afterId() != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection<>(edges, info, totalCount);
  }
}
