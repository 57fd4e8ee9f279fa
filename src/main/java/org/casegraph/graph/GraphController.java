package org.casegraph.graph;

import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casegraph.claim.Claim;
import org.casegraph.event.Event;
import org.casegraph.source.Source;
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

  private final GraphQueries queries;
  private final GraphRepository graph;
  private final NodeRepository nodes;
  private final ClaimTraces traces;
  private final GraphProperties limits;

  GraphController(GraphQueries queries, GraphRepository graph, NodeRepository nodes, ClaimTraces traces, GraphProperties limits) {
    this.queries = queries;
    this.graph = graph;
    this.nodes = nodes;
    this.traces = traces;
    this.limits = limits;
  }

  @QueryMapping
  @Nullable Path shortestPath(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
      @Argument @Nullable List<String> excludeTypes, @Argument @Nullable List<String> excludeSources,
      @Argument @Nullable GraphView view, DataFetchingFieldSelectionSet selection) {
    var paths = queries.paths(from, to, maxHops, excludeTypes, excludeSources, false, 1, view, withClaims(selection));
    return paths.isEmpty() ? null : paths.getFirst();
  }

  @QueryMapping
  List<Path> allShortestPaths(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
      @Argument @Nullable List<String> excludeTypes, @Argument @Nullable List<String> excludeSources,
      @Argument @Nullable Integer first, @Argument @Nullable GraphView view, DataFetchingFieldSelectionSet selection) {
    var size = first == null ? 10 : first;
    queries.between("first", size, 1, limits.maxPaths());
    return queries.paths(from, to, maxHops, excludeTypes, excludeSources, true, size, view, withClaims(selection));
  }

  @QueryMapping
  Subgraph neighbourhood(@Argument String of, @Argument @Nullable Integer depth, @Argument @Nullable Integer limit,
      @Argument @Nullable GraphView view, @Argument @Nullable List<String> types, DataFetchingFieldSelectionSet selection) {
    return queries.neighbourhood(of, depth, limit, view, types, withClaims(selection));
  }

  @QueryMapping
  List<GraphQueries.Expansion> expansions(@Argument String of, @Argument @Nullable GraphView view) {
    return queries.expansions(of, view == null ? GraphView.FACTS : view);
  }

  @QueryMapping
  List<Event> timeline(@Argument String of, @Argument @Nullable PartialDate from, @Argument @Nullable PartialDate to) {
    if (!graph.exists(of)) {
      throw NotFoundException.node(of);
    }
    return graph.timeline(of, from == null ? null : from.start(), to == null ? null : to.end());
  }

  @BatchMapping(typeName = "Edge")
  Map<Edge, List<Claim>> claims(List<Edge> edges) {
    var ids = edges.stream().flatMap(e -> e.claimIds().stream()).distinct().toList();
    var found = nodes.findByIds(ids);
    return edges.stream().distinct().collect(Collectors.toMap(Function.identity(),
        e -> e.claimIds().stream().map(found::get).filter(java.util.Objects::nonNull).map(Claim.class::cast).toList()));
  }

  @BatchMapping(typeName = "Edge")
  Map<Edge, List<Source>> sources(List<Edge> edges) {
    var traced = traces.of(edges.stream().flatMap(e -> e.claimIds().stream()).collect(Collectors.toSet()));
    var found = nodes.findByIds(traced.values().stream().map(ClaimTraces.Trace::source).distinct().toList());
    return edges.stream().distinct().collect(Collectors.toMap(Function.identity(),
        e -> ClaimTraces.sources(e, traced).stream().map(found::get).filter(java.util.Objects::nonNull).map(Source.class::cast).toList()));
  }

  @BatchMapping(typeName = "Edge")
  Map<Edge, Boolean> contested(List<Edge> edges) {
    var traced = traces.of(edges.stream().flatMap(e -> e.claimIds().stream()).collect(Collectors.toSet()));
    return edges.stream().distinct().collect(Collectors.toMap(Function.identity(), e -> ClaimTraces.contested(e, traced)));
  }

  /** The claims behind the edges are found when a field needing them is selected. */
  private static boolean withClaims(DataFetchingFieldSelectionSet selection) {
    return selection.contains(EDGE_CLAIMS) || selection.contains("edges/sources") || selection.contains("edges/contested");
  }
}
