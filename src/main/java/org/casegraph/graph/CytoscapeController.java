package org.casegraph.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casegraph.support.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Neighbourhoods, expansions and paths as Cytoscape.js elements, for front-ends that draw with it:
 * {@code GET /api/neighbourhood?of=prison:tocoron&depth=1&limit=100&view=facts&types=DETENTION,AT},
 * {@code GET /api/expansions?of=prison:tocoron&view=facts},
 * {@code GET /api/path?from=…&to=…&view=facts&all=true&excludeSources=…&excludeTypes=…}.
 */
@RestController
class CytoscapeController {

  record Elements(Map<String, List<Map<String, Object>>> elements, boolean truncated, int leftOut) {}

  record PathElements(Map<String, List<Map<String, Object>>> elements, List<PathIds> paths) {}

  /** One path as the ids of its nodes and edges, in order from the start. */
  record PathIds(int length, List<String> nodes, List<String> edges) {}

  private final GraphQueries queries;
  private final CytoscapeElements elements;
  private final GraphProperties limits;

  CytoscapeController(GraphQueries queries, CytoscapeElements elements, GraphProperties limits) {
    this.queries = queries;
    this.elements = elements;
    this.limits = limits;
  }

  @GetMapping("/api/neighbourhood")
  Elements neighbourhood(@RequestParam String of, @RequestParam(defaultValue = "1") int depth,
      @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "claims") String view,
      @RequestParam(required = false) @Nullable List<String> types) {
    if (depth < 0 || depth > limits.maxDepth() || limit < 1 || limit > limits.maxNodes()) {
      throw new BadRequestException("depth must be between 0 and %d and limit between 1 and %d"
          .formatted(limits.maxDepth(), limits.maxNodes()));
    }
    var subgraph = queries.neighbourhood(of, depth, limit, view(view), types, true);
    return new Elements(elements.of(subgraph), subgraph.truncated(), subgraph.leftOut());
  }

  @GetMapping("/api/expansions")
  List<GraphQueries.Expansion> expansions(@RequestParam String of, @RequestParam(defaultValue = "facts") String view) {
    return queries.expansions(of, view(view));
  }

  @GetMapping("/api/path")
  PathElements path(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "facts") String view,
      @RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) @Nullable Integer maxHops,
      @RequestParam(required = false) @Nullable Integer first,
      @RequestParam(required = false) @Nullable List<String> excludeSources,
      @RequestParam(required = false) @Nullable List<String> excludeTypes) {
    var size = first == null ? (all ? 10 : 1) : first;
    queries.between("first", size, 1, limits.maxPaths());
    var paths = queries.paths(from, to, maxHops, excludeTypes, excludeSources, all, all ? size : 1, view(view), true);
    var nodes = new java.util.LinkedHashMap<String, Identified>();
    var edges = new java.util.LinkedHashMap<String, Edge>();
    paths.forEach(p -> {
      p.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
      p.edges().forEach(e -> edges.putIfAbsent(e.id(), e));
    });
    var union = new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges.values()), false);
    return new PathElements(elements.of(union), paths.stream()
        .map(p -> new PathIds(p.length(), p.nodes().stream().map(Identified::id).toList(), p.edges().stream().map(Edge::id).toList()))
        .toList());
  }

  static GraphView view(String text) {
    try {
      return GraphView.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("view: '%s' is not a view; use claims or facts".formatted(text));
    }
  }
}
