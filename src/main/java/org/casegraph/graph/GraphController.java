package org.casegraph.graph;

import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casegraph.claim.Claim;
import org.casegraph.event.Event;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** How nodes connect: shortest paths, neighbourhoods, timelines, and the claims behind each edge. */
@Controller
class GraphController {

  /** The selection of the claims behind each edge of a path or neighbourhood, found only when asked for. */
  private static final String EDGE_CLAIMS = "edges/claims";

  private final GraphRepository graph;
  private final NodeRepository nodes;
  private final GraphProperties limits;

  GraphController(GraphRepository graph, NodeRepository nodes, GraphProperties limits) {
    this.graph = graph;
    this.nodes = nodes;
    this.limits = limits;
  }

  @QueryMapping
  @Nullable Path shortestPath(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
      @Argument @Nullable List<String> excludeTypes, @Argument @Nullable List<String> excludeSources,
      DataFetchingFieldSelectionSet selection) {
    var paths = paths(from, to, maxHops, excludeTypes, excludeSources, false, 1, selection.contains(EDGE_CLAIMS));
    return paths.isEmpty() ? null : paths.getFirst();
  }

  @QueryMapping
  List<Path> allShortestPaths(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
      @Argument @Nullable List<String> excludeTypes, @Argument @Nullable List<String> excludeSources,
      @Argument @Nullable Integer first, DataFetchingFieldSelectionSet selection) {
    var size = first == null ? 10 : first;
    between("first", size, 1, limits.maxPaths());
    return paths(from, to, maxHops, excludeTypes, excludeSources, true, size, selection.contains(EDGE_CLAIMS));
  }

  /** The paths asked for; whether the ends exist is asked only when there is no path, so a found path costs one query. */
  private List<Path> paths(String from, String to, @Nullable Integer maxHops, @Nullable List<String> excludeTypes,
      @Nullable List<String> excludeSources, boolean all, int first, boolean withClaims) {
    var hops = maxHops == null ? 6 : maxHops;
    between("maxHops", hops, 1, limits.maxHops());
    var types = excludeTypes == null ? List.<String>of() : excludeTypes;
    for (var type : types) {
      if (Arrays.stream(RelationshipType.values()).noneMatch(t -> t.name().equals(type))) {
        throw new BadRequestException("excludeTypes: '%s' is not a relationship type; the types are %s"
            .formatted(type, Arrays.toString(RelationshipType.values())));
      }
    }
    if (from.equals(to)) {
      requireNode(from);
      return List.of(new Path(0, List.of(nodes.findByIds(List.of(from)).get(from)), List.of()));
    }
    var exclusions = new GraphRepository.Exclusions(types, excludeSources == null ? List.of() : excludeSources);
    var paths = graph.shortestPaths(from, to, hops, exclusions, all, first, withClaims);
    if (paths.isEmpty()) {
      requireNode(from);
      requireNode(to);
    }
    return paths;
  }

  @QueryMapping
  Subgraph neighbourhood(@Argument String of, @Argument @Nullable Integer depth, @Argument @Nullable Integer limit,
      DataFetchingFieldSelectionSet selection) {
    var hops = depth == null ? 1 : depth;
    var cap = limit == null ? 100 : limit;
    between("depth", hops, 0, limits.maxDepth());
    between("limit", cap, 1, limits.maxNodes());
    return graph.neighbourhood(of, hops, cap, selection.contains(EDGE_CLAIMS)).orElseThrow(() -> NotFoundException.node(of));
  }

  @QueryMapping
  List<Event> timeline(@Argument String of, @Argument @Nullable PartialDate from, @Argument @Nullable PartialDate to) {
    requireNode(of);
    return graph.timeline(of, from == null ? null : from.start(), to == null ? null : to.end());
  }

  @BatchMapping(typeName = "Edge")
  Map<Edge, List<Claim>> claims(List<Edge> edges) {
    var ids = edges.stream().flatMap(e -> e.claimIds().stream()).distinct().toList();
    var found = nodes.findByIds(ids);
    return edges.stream().distinct().collect(Collectors.toMap(Function.identity(),
        e -> e.claimIds().stream().map(found::get).map(Claim.class::cast).toList()));
  }

  private void requireNode(String id) {
    if (!graph.exists(id)) {
      throw NotFoundException.node(id);
    }
  }

  private static void between(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new BadRequestException("%s must be between %d and %d, not %d".formatted(name, min, max, value));
    }
  }
}
