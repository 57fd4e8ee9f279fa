package org.casegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.casegraph.person.Detention;
import org.casegraph.person.Role;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Shortest paths in the FACTS view: through people, organisations, prisons, events and charges and the
 * facts between them, never through claims or sources. A role or detention is stored as a node between
 * two entities, so it counts as two steps when the shortest path is looked for, and is then drawn as
 * the one edge it is.
 */
@Repository
class FactPaths {

  private final NodeRepository nodes;

  FactPaths(NodeRepository nodes) {
    this.nodes = nodes;
  }

  /** Up to {@code first} shortest paths of at most {@code maxHops} fact edges, none when either end is unknown. */
  List<Path> shortestPaths(String from, String to, int maxHops, List<FactType> excludeTypes, List<String> excludeSources,
      boolean all, int first) {
    var step = new StringBuilder("y:Node&!Restricted");
    for (var type : excludeTypes) {
      step.append(switch (type) {
        case ROLE -> " AND NOT y:Role";
        case DETENTION -> " AND NOT y:Detention";
        case CHARGE -> " AND type(r) <> 'AGAINST'";
        case PARTICIPATION -> " AND type(r) <> 'PARTICIPATED_IN'";
        case AT -> " AND NOT (type(r) = 'AT' AND x:Event|Prison AND y:Event|Prison)";
      });
    }
    var hidden = "";
    if (!excludeSources.isEmpty()) {
      step.append(" AND NOT y.id IN hidden");
      hidden = """
          WITH a, b, COLLECT {
              MATCH (c:Claim)-[:ASSERTS|REPORTS]->(f) WHERE c.source IN $sources
                AND NOT EXISTS { (f)<-[:ASSERTS|REPORTS]-(other:Claim&!Restricted) WHERE NOT other.source IN $sources }
              RETURN DISTINCT f.id } AS hidden
          """;
    }
    var parameters = new HashMap<String, Object>();
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("sources", excludeSources);
    parameters.put("first", first);
    var records = nodes.read("""
        MATCH (a:Node&!Restricted {id: $from}), (b:Node&!Restricted {id: $to})
        WHERE %s AND (b:Entity OR b:Event OR b:Charge)
        %s
        MATCH p = %s (a) ((x)-[r:OF|IN|AT|AGAINST|PARTICIPATED_IN]-(y) WHERE %s){1,%d} (b)
        WITH p ORDER BY [x IN nodes(p) | x.id] LIMIT $first
        RETURN nodes(p) AS nodes, [r IN relationships(p) | {type: type(r), role: r.role, from: startNode(r).id}] AS steps,
          [x IN nodes(p) | [(x)<-[:ASSERTS|REPORTS]-(c:Claim&!Restricted) | c.id]] AS claims
        """.formatted(FactsRepository.DRAWABLE, hidden, all ? "ALL SHORTEST" : "SHORTEST 1", step, 2 * maxHops), parameters);
    return records.stream().map(r -> collapse(r.get("nodes").asList(v -> Nodes.map(v.asNode())), r.get("steps").asList(v -> v),
        r.get("claims").asList(v -> v.asList(Value::asString).stream().sorted().distinct().toList())))
        .filter(p -> p.length() <= maxHops).toList();
  }

  /** The stored path as the FACTS view draws it: each role or detention folded into the edge between its two ends. */
  private static Path collapse(List<Identified> stored, List<Value> steps, List<List<String>> claims) {
    var drawn = new ArrayList<Identified>();
    var edges = new ArrayList<Edge>();
    drawn.add(stored.getFirst());
    for (int i = 0; i < steps.size(); i++) {
      var next = stored.get(i + 1);
      var step = steps.get(i);
      switch (next) {
        case Role role -> {
          edges.add(new Edge(role.id(), role.personId(), role.organisationId(), FactType.ROLE.name(), role.title(),
              claims.get(i + 1), role.since(), role.until(), List.of()));
          drawn.add(stored.get(i + 2));
          i++;
        }
        case Detention d -> {
          edges.add(new Edge(d.id(), d.personId(), d.prisonId() == null ? d.personId() : d.prisonId(), FactType.DETENTION.name(),
              "detained", claims.get(i + 1), d.since(), d.until(), List.of()));
          drawn.add(stored.get(i + 2));
          i++;
        }
        default -> {
          edges.add(edge(stored.get(i), next, step, claims.get(i), claims.get(i + 1)));
          drawn.add(next);
        }
      }
    }
    return new Path(edges.size(), drawn, edges);
  }

  /** A fact stored as one relationship: a charge against a person, a participation, an event at a prison. */
  private static Edge edge(Identified a, Identified b, Value step, List<String> claimsOfA, List<String> claimsOfB) {
    var type = step.get("type").asString();
    var startsAtA = step.get("from").asString().equals(a.id());
    var start = startsAtA ? a : b;
    var end = startsAtA ? b : a;
    var claimsOfEnd = startsAtA ? claimsOfB : claimsOfA;
    var claimsOfStart = startsAtA ? claimsOfA : claimsOfB;
    return switch (type) {
      // Stored as charge -[:AGAINST]-> person; drawn from the person to the charge.
      case "AGAINST" -> new Edge(end.id() + "|CHARGE|" + start.id(), end.id(), start.id(), FactType.CHARGE.name(),
          "charged with " + Labels.label(start), claimsOfStart, start instanceof org.casegraph.charge.Charge c ? c.filedOn() : null, null,
          List.of(Labels.label(start)));
      case "PARTICIPATED_IN" -> new Edge(start.id() + "|PARTICIPATION|" + end.id(), start.id(), end.id(),
          FactType.PARTICIPATION.name(), step.get("role").isNull() || step.get("role").asString().isEmpty() ? null : step.get("role").asString(),
          claimsOfEnd, end instanceof org.casegraph.event.Event e ? e.date() : null, null, List.of());
      case "AT" -> new Edge(start.id() + "|AT|" + end.id(), start.id(), end.id(), FactType.AT.name(), "at", claimsOfStart,
          start instanceof org.casegraph.event.Event e ? e.date() : null, null, List.of());
      default -> throw new IllegalStateException("A FACTS path took a " + type + " relationship");
    };
  }
}
