package org.casegraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Neighbourhoods, expansions and paths in either view, their arguments checked against the limits, the
 * same for GraphQL and the Cytoscape endpoints.
 */
@Service
class GraphQueries {

  private final GraphRepository graph;
  private final FactsRepository facts;
  private final FactPaths factPaths;
  private final NodeRepository nodes;
  private final GraphProperties limits;

  GraphQueries(GraphRepository graph, FactsRepository facts, FactPaths factPaths, NodeRepository nodes, GraphProperties limits) {
    this.graph = graph;
    this.facts = facts;
    this.factPaths = factPaths;
    this.nodes = nodes;
    this.limits = limits;
  }

  /** A relationship type to expand by, how the page names it, and how many neighbours it would add. */
  record Expansion(String type, String label, int count) {}

  Subgraph neighbourhood(String of, @Nullable Integer depth, @Nullable Integer limit, @Nullable GraphView view,
      @Nullable List<String> types, boolean withClaims) {
    var hops = depth == null ? 1 : depth;
    var cap = limit == null ? 100 : limit;
    between("depth", hops, 0, limits.maxDepth());
    between("limit", cap, 1, limits.maxNodes());
    var given = types == null ? List.<String>of() : types;
    if (view == GraphView.FACTS) {
      return facts.neighbourhood(of, hops, cap, FactType.parse(given)).orElseThrow(() -> notDrawable(of));
    }
    return graph.neighbourhood(of, hops, cap, limits.maxCounted(), storedTypes("types: ", given), withClaims)
        .orElseThrow(() -> NotFoundException.node(of));
  }

  List<Expansion> expansions(String of, @Nullable GraphView view) {
    if (view == GraphView.CLAIMS) {
      return graph.expansions(of).orElseThrow(() -> NotFoundException.node(of)).entrySet().stream()
          .map(e -> new Expansion(e.getKey(), e.getKey().toLowerCase(Locale.ROOT).replace('_', ' '), e.getValue())).toList();
    }
    return facts.expansions(of).orElseThrow(() -> NotFoundException.node(of)).entrySet().stream()
        .filter(e -> e.getValue() > 0).map(e -> new Expansion(e.getKey().name(), e.getKey().label, e.getValue())).toList();
  }

  /** The paths asked for; whether the ends exist is asked only when there is no path, so a found path costs one query. */
  List<Path> paths(String from, String to, @Nullable Integer maxHops, @Nullable List<String> excludeTypes,
      @Nullable List<String> excludeSources, boolean all, int first, @Nullable GraphView view, boolean withClaims) {
    var hops = maxHops == null ? 6 : maxHops;
    between("maxHops", hops, 1, limits.maxHops());
    var types = excludeTypes == null ? List.<String>of() : excludeTypes;
    var sources = excludeSources == null ? List.<String>of() : excludeSources;
    var factsView = view == GraphView.FACTS;
    var factTypes = factsView && !types.isEmpty() ? FactType.parse(types) : List.<FactType>of();
    var stored = factsView ? List.<String>of() : storedTypes("excludeTypes: ", types);
    if (from.equals(to)) {
      requireNode(from, factsView);
      return List.of(new Path(0, List.of(nodes.findByIds(List.of(from)).get(from)), List.of()));
    }
    var paths = factsView
        ? factPaths.shortestPaths(from, to, hops, factTypes, sources, all, first)
        : graph.shortestPaths(from, to, hops, new GraphRepository.Exclusions(stored, sources), all, first, withClaims);
    if (paths.isEmpty()) {
      requireNode(from, factsView);
      requireNode(to, factsView);
    }
    return paths;
  }

  void between(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new BadRequestException("%s must be between %d and %d, not %d".formatted(name, min, max, value));
    }
  }

  private void requireNode(String id, boolean drawable) {
    if (drawable ? !facts.drawable(id) : !graph.exists(id)) {
      throw drawable ? notDrawable(id) : NotFoundException.node(id);
    }
  }

  private RuntimeException notDrawable(String id) {
    if (!graph.exists(id)) {
      return NotFoundException.node(id);
    }
    return new BadRequestException(("'%s' is not drawn in the FACTS view, which shows people, organisations, prisons, events "
        + "and charges; ask for the CLAIMS view, or start from one of those").formatted(id));
  }

  private static List<String> storedTypes(String argument, List<String> types) {
    for (var type : types) {
      if (Arrays.stream(RelationshipType.values()).noneMatch(t -> t.name().equals(type))) {
        throw new BadRequestException(argument + "'%s' is not a relationship type; the types are %s"
            .formatted(type, Arrays.toString(RelationshipType.values())));
      }
    }
    return types;
  }
}
