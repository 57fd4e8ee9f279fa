package org.casegraph.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casegraph.graph.Subgraph.NodeClaims;
import org.casegraph.support.PartialDate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The FACTS view of the graph: people, organisations, prisons, events and charges as nodes, each role,
 * detention, charge, participation and event at a prison as one edge with the claims behind it. Each
 * answer is one Cypher statement.
 */
@Repository
class FactsRepository {

  /** The most claim ids given per node; its claim count and sources are always whole. */
  static final int NODE_CLAIMS = 100;

  /** What may be a node of the FACTS view. */
  static final String DRAWABLE = "(a:Entity OR a:Event OR a:Charge)";

  /** The claims behind the fact {@code f}. */
  private static final String CLAIMS_OF = "COLLECT { MATCH (%s)<-[:ASSERTS|REPORTS]-(c:Claim&!Restricted) RETURN DISTINCT c.id AS id ORDER BY id }";

  private final NodeRepository nodes;
  private final GraphProperties limits;

  FactsRepository(NodeRepository nodes, GraphProperties limits) {
    this.nodes = nodes;
    this.limits = limits;
  }

  /**
   * What lies within {@code depth} fact hops of a node, nearest first, up to {@code limit} nodes; empty
   * when the node is unknown or cannot be drawn as a fact node (a claim, source, role or detention).
   * Once a hop finds more than the limit leaves room for, the further hops are not taken: {@code leftOut}
   * counts what that hop found and could not keep.
   */
  Optional<Subgraph> neighbourhood(String of, int depth, int limit, List<FactType> types) {
    var levels = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      levels.append("""
          CALL (seen, frontier, truncated) {
            UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS x
            CALL (x) {
              %s
            }
            WITH DISTINCT y WHERE NOT y IN seen
            WITH y LIMIT $counted
            RETURN collect(y) AS found
          }
          WITH seen, found, truncated, leftOut, $limit - size(seen) AS room
          WITH seen + found[..room] AS seen, found[..room] AS frontier, truncated OR size(found) > room AS truncated,
               leftOut + CASE WHEN size(found) > room THEN size(found) - room ELSE 0 END AS leftOut
          """.formatted(FactType.neighbours(types)));
    }
    var records = nodes.read("""
        MATCH (a:Node&!Restricted {id: $of}) WHERE %s
        WITH [a] AS seen, [a] AS frontier, false AS truncated, 0 AS leftOut
        %s
        %s
        """.formatted(DRAWABLE, levels, DESCRIBE.formatted(edges(types))),
        Map.of("of", of, "limit", limit, "counted", limit + limits.maxCounted(), "nodeClaims", NODE_CLAIMS));
    return records.stream().findFirst().map(FactsRepository::subgraph);
  }

  /** The nodes among these ids that the FACTS view draws, and the facts between them, of any type. */
  Subgraph among(List<String> ids) {
    var records = nodes.read("""
        UNWIND $ids AS id
        MATCH (a:Node&!Restricted {id: id}) WHERE %s
        WITH collect(DISTINCT a) AS seen, false AS truncated, 0 AS leftOut
        %s
        """.formatted(DRAWABLE, DESCRIBE.formatted(edges(List.of(FactType.values())))),
        Map.of("ids", ids, "nodeClaims", NODE_CLAIMS));
    return subgraph(records.getFirst());
  }

  /** How many neighbours expanding the node by each fact type would bring, empty when it is unknown. */
  Optional<Map<FactType, Integer>> expansions(String of) {
    var counts = new StringBuilder();
    for (var type : FactType.values()) {
      counts.append("CALL (a) { WITH a AS x %s RETURN count(DISTINCT y) AS n_%s }\n".formatted(type.step, type.name()));
    }
    var records = nodes.read("""
        MATCH (a:Node&!Restricted {id: $of})
        %s
        RETURN %s
        """.formatted(counts, String.join(", ", java.util.Arrays.stream(FactType.values()).map(t -> "n_" + t.name()).toList())), Map.of("of", of));
    return records.stream().findFirst().map(r -> {
      var result = new LinkedHashMap<FactType, Integer>();
      for (var type : FactType.values()) {
        result.put(type, r.get("n_" + type.name()).asInt());
      }
      return result;
    });
  }

  /** Whether the node exists for this viewer and the FACTS view can draw it. */
  boolean drawable(String id) {
    return !nodes.read("MATCH (a:Node&!Restricted {id: $id}) WHERE %s RETURN a.id".formatted(DRAWABLE), Map.of("id", id)).isEmpty();
  }

  /** The nodes {@code seen}, the facts between them, and the claims about each node. */
  private static final String DESCRIBE = """
      CALL (seen) {
        UNWIND seen AS x
        CALL (x, seen) {
          %s
        }
        RETURN collect(edge) AS edges
      }
      CALL (seen) {
        UNWIND seen AS x
        RETURN collect({id: x.id,
          count: COUNT { MATCH (x)<-[:ABOUT|REPORTS|ASSERTS]-(c:Claim&!Restricted) RETURN DISTINCT c },
          claims: COLLECT { MATCH (x)<-[:ABOUT|REPORTS|ASSERTS]-(c:Claim&!Restricted) RETURN DISTINCT c.id AS id ORDER BY id LIMIT $nodeClaims },
          sources: COLLECT { MATCH (x)<-[:ABOUT|REPORTS|ASSERTS]-(c:Claim&!Restricted) RETURN DISTINCT c.source AS s ORDER BY s }}) AS claims
      }
      RETURN seen AS nodes, edges, truncated, leftOut, claims
      """;

  /** The edges from {@code x} to nodes in {@code seen}, each fact once (from its person, entity or event). */
  static String edges(List<FactType> types) {
    return String.join("\nUNION\n", types.stream().map(type -> switch (type) {
      case ROLE -> """
          MATCH (x:Person)<-[:OF]-(f:Role&!Restricted)-[:IN]->(y:Organisation) WHERE y IN seen
          RETURN {id: f.id, from: x.id, to: y.id, type: 'ROLE', label: f.title, since: f.since, until: f.until, offences: [],
                  claims: %s} AS edge""".formatted(CLAIMS_OF.formatted("f"));
      case DETENTION -> """
          MATCH (x:Person)<-[:OF]-(f:Detention&!Restricted)
          OPTIONAL MATCH (f)-[:AT]->(y:Prison)
          WITH x, f, y WHERE y IS NULL OR y IN seen
          RETURN {id: f.id, from: x.id, to: coalesce(y.id, x.id), type: 'DETENTION', label: 'detained', since: f.since, until: f.until,
                  offences: COLLECT { MATCH (f)-[:ON_CHARGE]->(ch:Charge&!Restricted) RETURN ch.offence AS o ORDER BY o },
                  claims: %s} AS edge""".formatted(CLAIMS_OF.formatted("f"));
      case CHARGE -> """
          MATCH (x:Person)<-[:AGAINST]-(y:Charge) WHERE y IN seen
          RETURN {id: x.id + '|CHARGE|' + y.id, from: x.id, to: y.id, type: 'CHARGE', label: 'charged with ' + y.offence,
                  since: y.filedOn, until: null, offences: [y.offence], claims: %s} AS edge""".formatted(CLAIMS_OF.formatted("y"));
      case PARTICIPATION -> """
          MATCH (x)-[p:PARTICIPATED_IN]->(y:Event) WHERE y IN seen
          WITH x, y, collect(DISTINCT p.role) AS roles
          RETURN {id: x.id + '|PARTICIPATION|' + y.id, from: x.id, to: y.id, type: 'PARTICIPATION',
                  label: reduce(s = '', r IN [r IN roles WHERE r <> ''] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + r),
                  since: y.date, until: null, offences: [], claims: %s} AS edge""".formatted(CLAIMS_OF.formatted("y"));
      case AT -> """
          MATCH (x:Event)-[:AT]->(y:Prison) WHERE y IN seen
          RETURN {id: x.id + '|AT|' + y.id, from: x.id, to: y.id, type: 'AT', label: 'at', since: x.date, until: null,
                  offences: [], claims: %s} AS edge""".formatted(CLAIMS_OF.formatted("x"));
    }).toList());
  }

  private static Subgraph subgraph(Record record) {
    var claims = new HashMap<String, NodeClaims>();
    record.get("claims").asList(v -> v).forEach(v -> claims.put(v.get("id").asString(),
        new NodeClaims(v.get("count").asInt(), strings(v.get("claims")), strings(v.get("sources")))));
    return new Subgraph(record.get("nodes").asList(v -> Nodes.map(v.asNode())), record.get("edges").asList(FactsRepository::edge),
        record.get("truncated").asBoolean(), record.get("leftOut").asInt(), claims);
  }

  static Edge edge(Value v) {
    return new Edge(v.get("id").asString(), v.get("from").asString(), v.get("to").asString(), v.get("type").asString(),
        v.get("label").isNull() || v.get("label").asString().isEmpty() ? null : v.get("label").asString(), strings(v.get("claims")),
        PartialDate.parseNullable(v.get("since").isNull() ? null : v.get("since").asString()),
        PartialDate.parseNullable(v.get("until").isNull() ? null : v.get("until").asString()), strings(v.get("offences")));
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }
}
