package org.casegraph.graph;

import java.util.List;
import java.util.Map;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The neighbourhood of a node as Cytoscape.js elements, for front-ends that draw with it:
 * {@code GET /api/neighbourhood?of=prison:tocoron&depth=1&limit=100}.
 */
@RestController
class CytoscapeController {

  record Elements(Map<String, List<Map<String, Object>>> elements, boolean truncated) {}

  private final GraphRepository graph;
  private final GraphProperties limits;

  CytoscapeController(GraphRepository graph, GraphProperties limits) {
    this.graph = graph;
    this.limits = limits;
  }

  @GetMapping("/api/neighbourhood")
  Elements neighbourhood(@RequestParam String of, @RequestParam(defaultValue = "1") int depth,
      @RequestParam(defaultValue = "100") int limit) {
    if (depth < 0 || depth > limits.maxDepth() || limit < 1 || limit > limits.maxNodes()) {
      throw new BadRequestException("depth must be between 0 and %d and limit between 1 and %d"
          .formatted(limits.maxDepth(), limits.maxNodes()));
    }
    var subgraph = graph.neighbourhood(of, depth, limit, true).orElseThrow(() -> NotFoundException.node(of));
    var nodes = subgraph.nodes().stream()
        .map(n -> Map.<String, Object>of("data", Map.of("id", n.id(), "label", Labels.label(n), "kind", Labels.kind(n))))
        .toList();
    var edges = subgraph.edges().stream()
        .map(e -> Map.<String, Object>of("data", Map.of("id", e.from() + "|" + e.type() + "|" + e.to(),
            "source", e.from(), "target", e.to(), "type", e.type(), "claims", e.claimIds())))
        .toList();
    return new Elements(Map.of("nodes", nodes, "edges", edges), subgraph.truncated());
  }
}
