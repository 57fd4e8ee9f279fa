package org.casegraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.charge.Charge;
import org.casegraph.event.Event;
import org.casegraph.support.Quantity;
import org.springframework.stereotype.Component;

/**
 * A subgraph as Cytoscape.js elements: each node and edge with what the page shows and filters by in its
 * {@code data}, including the claims and sources behind it, so that hiding a source on the page shows
 * what rests on it alone. The claims' sources and claimants are found in one query for the whole subgraph.
 */
@Component
public class CytoscapeElements {

  private final ClaimTraces traces;
  private final FactsRepository facts;

  CytoscapeElements(ClaimTraces traces, FactsRepository facts) {
    this.traces = traces;
    this.facts = facts;
  }

  /** The FACTS view of exactly these nodes and the facts between them, as {@code {nodes, edges}}. */
  public Map<String, List<Map<String, Object>>> among(List<String> ids) {
    return of(facts.among(ids));
  }

  Map<String, List<Map<String, Object>>> of(Subgraph subgraph) {
    var traced = traces.of(subgraph.edges().stream().flatMap(e -> e.claimIds().stream()).distinct().toList());
    var nodes = new ArrayList<Map<String, Object>>();
    for (var node : subgraph.nodes()) {
      var data = new LinkedHashMap<String, Object>();
      data.put("id", node.id());
      data.put("label", Labels.label(node));
      data.put("kind", Labels.kind(node));
      if (node instanceof Event e) {
        data.put("eventKind", e.kind().name());
        data.put("date", e.date() == null ? null : e.date().toString());
        data.put("count", count(e.count()));
      }
      if (node instanceof Charge c) {
        data.put("count", count(c.defendantCount()));
        data.put("date", c.filedOn() == null ? null : c.filedOn().toString());
      }
      var claims = subgraph.nodeClaims().get(node.id());
      if (claims != null) {
        data.put("claimCount", claims.count());
        data.put("claims", claims.claims());
        data.put("sources", claims.sources());
      }
      nodes.add(Map.of("data", data));
    }
    var edges = new ArrayList<Map<String, Object>>();
    for (var edge : subgraph.edges()) {
      var data = new LinkedHashMap<String, Object>();
      data.put("id", edge.id());
      data.put("source", edge.from());
      data.put("target", edge.to());
      data.put("type", edge.type());
      data.put("label", edge.label());
      data.put("claims", edge.claimIds());
      data.put("sources", ClaimTraces.sources(edge, traced));
      data.put("claimants", ClaimTraces.claimants(edge, traced));
      data.put("contested", ClaimTraces.contested(edge, traced));
      data.put("since", edge.since() == null ? null : edge.since().toString());
      data.put("until", edge.until() == null ? null : edge.until().toString());
      if (!edge.offences().isEmpty()) {
        data.put("offences", edge.offences());
      }
      edges.add(Map.of("data", data));
    }
    return Map.of("nodes", nodes, "edges", edges);
  }

  private static @org.jspecify.annotations.Nullable Map<String, Object> count(@org.jspecify.annotations.Nullable Quantity q) {
    return q == null ? null : Map.of("value", q.value(), "unit", q.unit(), "qualifier", q.qualifier().name());
  }
}
