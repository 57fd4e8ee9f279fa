package org.casegraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casegraph.event.Event;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Paths, neighbourhoods and timelines, each one Cypher statement. */
@Repository
class GraphRepository {

  /**
   * The claims behind a relationship: the claim at either end, or else the claims that assert the
   * role, detention, charge or event at either end. The claims are found from the two ends, never by
   * scanning every claim for those that point at them.
   */
  private static final String EDGE = """
      {from: startNode(r).id, to: endNode(r).id, type: type(r),
       claims: CASE WHEN startNode(r):Claim OR endNode(r):Claim
         THEN [x IN [startNode(r), endNode(r)] WHERE x:Claim | x.id]
         ELSE COLLECT { UNWIND [startNode(r), endNode(r)] AS f MATCH (f)<-[:ASSERTS|REPORTS]-(c:Claim&!Restricted)
                        RETURN DISTINCT c.id AS id ORDER BY id } END}
      """;

  /** A relationship when the claims behind it are not asked for. */
  private static final String BARE_EDGE = "{from: startNode(r).id, to: endNode(r).id, type: type(r), claims: []}";

  private final NodeRepository nodes;

  GraphRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  boolean exists(String id) {
    return !nodes.read("MATCH (n:Node&!Restricted {id: $id}) RETURN n.id", Map.of("id", id)).isEmpty();
  }

  /**
   * What a path may not pass through: relationship types, and sources with every claim they hold and
   * every role, detention, charge or event that only those claims back.
   */
  record Exclusions(List<String> types, List<String> sources) {}

  /**
   * The shortest paths, {@code ALL SHORTEST} or only the first found, up to {@code first} of them, none
   * when either end is unknown. What excluded sources hide is looked up only when there are some: the
   * lookup reads every claim. The claims behind each edge are found only {@code withClaims}.
   */
  List<Path> shortestPaths(String from, String to, int maxHops, Exclusions exclusions, boolean all, int first,
      boolean withClaims) {
    var parameters = new java.util.HashMap<String, Object>();
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("types", exclusions.types());
    parameters.put("sources", exclusions.sources());
    parameters.put("first", first);
    var shortest = all ? "ALL SHORTEST" : "SHORTEST 1";
    String search;
    if (exclusions.types().isEmpty() && exclusions.sources().isEmpty()) {
      // Testing every node the search visits for restriction costs more than the search. A shortest path
      // with nothing restricted on it is also the shortest of those a reader may see; only when every
      // one found has something restricted on it is the search repeated stepping around restricted nodes.
      search = """
          CALL (a, b) {
            MATCH p = %1$s (a)-[*1..%2$d]-(b)
            WITH p WHERE all(x IN nodes(p) WHERE x:Node&!Restricted)
            RETURN collect(p) AS open
          }
          CALL (a, b, open) {
            WITH open WHERE size(open) > 0
            UNWIND open AS p
            RETURN p
            UNION
            WITH a, b, open WHERE size(open) = 0
            MATCH p = %1$s (a) (()-[r]-(y) WHERE y:Node&!Restricted){1,%2$d} (b)
            RETURN p
          }
          """.formatted(shortest, maxHops);
    } else {
      // Each step tests only the exclusions asked for: a test that cannot exclude anything still reads
      // every node the search visits.
      var step = new StringBuilder("y:Node&!Restricted");
      if (!exclusions.types().isEmpty()) {
        step.append(" AND NOT type(r) IN $types");
      }
      if (!exclusions.sources().isEmpty()) {
        step.append(" AND NOT y.id IN hidden AND NOT coalesce(y.source IN $sources, false)");
      }
      search = """
          WITH a, b, $sources + CASE WHEN size($sources) = 0 THEN [] ELSE COLLECT {
              MATCH (c:Claim)-[:ASSERTS|REPORTS]->(f) WHERE c.source IN $sources
                AND NOT EXISTS { (f)<-[:ASSERTS|REPORTS]-(other:Claim&!Restricted) WHERE NOT other.source IN $sources }
              RETURN DISTINCT f.id } END AS hidden
          MATCH p = %s (a) (()-[r]-(y) WHERE %s){1,%d} (b)
          """.formatted(shortest, step, maxHops);
    }
    return nodes.read("""
        MATCH (a:Node&!Restricted {id: $from}), (b:Node&!Restricted {id: $to})
        %s
        // Ordered by the ids along each path, so the same question gets the same paths when there are more than first.
        WITH p ORDER BY [x IN nodes(p) | x.id] LIMIT $first
        RETURN nodes(p) AS nodes, [r IN relationships(p) | %s] AS edges
        """.formatted(search, withClaims ? EDGE : BARE_EDGE), parameters)
        .stream()
        .map(row -> {
          var edges = edges(row);
          return new Path(edges.size(), row.get("nodes").asList(v -> Nodes.map(v.asNode())), edges);
        })
        .toList();
  }

  /**
   * What lies within {@code depth} hops of a node, nothing if the node is unknown; edge claims only
   * {@code withClaims}; only through relationships of {@code types} when there are some. Up to
   * {@code counted} nodes past the limit are counted as left out.
   */
  Optional<Subgraph> neighbourhood(String of, int depth, int limit, int counted, List<String> types, boolean withClaims) {
    var step = types.isEmpty() ? "()--(:Node&!Restricted)" : "()-[r WHERE type(r) IN $types]-(:Node&!Restricted)";
    var records = nodes.read("""
        MATCH (a:Node&!Restricted {id: $of})
        CALL (a) {
          %s
          WITH DISTINCT x LIMIT $limit + $counted
          RETURN collect(x) AS found
        }
        WITH found[..$limit] AS kept, size(found) > $limit AS truncated, size(found) - $limit AS over
        CALL (kept) {
          UNWIND kept AS x
          MATCH (x)-[r]->(y) WHERE y IN kept%s
          RETURN collect(%s) AS edges
        }
        RETURN kept AS nodes, edges, truncated, CASE WHEN over > 0 THEN over ELSE 0 END AS leftOut
        """.formatted(depth == 0 ? "WITH a AS x" : "MATCH (a) (%s){0,%d} (x:Node)".formatted(step, depth),
            types.isEmpty() ? "" : " AND type(r) IN $types", withClaims ? EDGE : BARE_EDGE),
        Map.of("of", of, "limit", limit, "counted", counted, "types", types));
    return records.stream().findFirst().map(record -> new Subgraph(record.get("nodes").asList(v -> Nodes.map(v.asNode())),
        edges(record), record.get("truncated").asBoolean(), record.get("leftOut").asInt(), Map.of()));
  }

  /** How many neighbours each relationship type leads to, empty if the node is unknown. */
  Optional<Map<String, Integer>> expansions(String of) {
    return nodes.read("""
        MATCH (a:Node&!Restricted {id: $of})
        CALL (a) {
          OPTIONAL MATCH (a)-[r]-(y:Node&!Restricted)
          WITH type(r) AS type, count(DISTINCT y) AS count WHERE type IS NOT NULL
          RETURN collect({type: type, count: count}) AS counts
        }
        RETURN counts
        """, Map.of("of", of)).stream().findFirst().map(r -> {
      var counts = new java.util.TreeMap<String, Integer>();
      r.get("counts").asList(v -> v).forEach(v -> counts.put(v.get("type").asString(), v.get("count").asInt()));
      return counts;
    });
  }

  /** Events the node took part in, that claims about it report, or that happened at it. */
  List<Event> timeline(String of, java.time.@Nullable LocalDate from, java.time.@Nullable LocalDate to) {
    var parameters = new java.util.HashMap<String, Object>();
    parameters.put("of", of);
    parameters.put("from", from);
    parameters.put("to", to);
    return nodes.read("""
        MATCH (a:Node&!Restricted {id: $of})
        CALL (a) {
          MATCH (a)-[:PARTICIPATED_IN]->(e:Event&!Restricted) RETURN e
          UNION
          MATCH (a)<-[:ABOUT]-(:Claim&!Restricted)-[:REPORTS]->(e:Event) RETURN e
          UNION
          MATCH (a)<-[:AT]-(e:Event&!Restricted) RETURN e
          UNION
          MATCH (a:Event) WITH a AS e RETURN e
        }
        WITH DISTINCT e
        WHERE ($from IS NULL OR e.dateEnd >= $from) AND ($to IS NULL OR e.dateStart <= $to)
        RETURN e ORDER BY e.dateStart IS NULL, e.dateStart, e.dateEnd DESC, e.id
        """, parameters).stream().map(r -> Event.from(r.get("e").asNode())).toList();
  }

  private static List<Edge> edges(Record record) {
    return record.get("edges").asList(v -> new Edge(v.get("from").asString(), v.get("to").asString(),
        v.get("type").asString(), v.get("claims").asList(c -> c.asString())));
  }
}
