package org.casegraph.bench;

import static org.casegraph.bench.Json.object;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.casegraph.support.Folding;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PartialDate;
import org.neo4j.driver.Record;

/**
 * The floor's answers: for each question the best Cypher we can write by hand, one statement, run
 * once, shaped into the {@code data} Casegraph would return. A write is one statement too: the node, its
 * relationships and its audit record.
 */
final class FloorQueries {

  /**
   * A statement, what it needs besides the question's variables, and how its one row becomes {@code data};
   * {@code writes} runs it in a write transaction.
   */
  record Floor(String cypher, Function<Map<String, Object>, Map<String, Object>> parameters, Function<List<Record>, Object> data,
      boolean writes) {

    Floor(String cypher, Function<Map<String, Object>, Map<String, Object>> parameters, Function<List<Record>, Object> data) {
      this(cypher, parameters, data, false);
    }
  }

  /** Who the floor's audit records name. */
  static final String ACTOR = "bench-floor";

  /**
   * The audit record, as Casegraph's {@code AuditTrail} writes it: the change, numbered in commit order by
   * the one counter, and the written node as it was (nothing: every request writes a new one) and is.
   */
  private static final String AUDIT = """
      MERGE (s:ChangeSequence {name: 'changes'}) ON CREATE SET s.last = 0
      SET s.last = s.last + 1
      CREATE (c:Change {id: $change, seq: s.last, at: datetime(), actor: $actor, action: $action, nodes: 1, claims: $claims})
      CREATE (:ChangedNode {change: c.id, at: c.at, target: n.id, before: null, after: $after, restricted: n:Restricted})
      RETURN n.id AS id
      """;

  private FloorQueries() {}

  static final Map<String, Floor> ALL = Map.of(
      "lookup", new Floor("""
          MATCH (n:Node {id: $id})
          RETURN n {.id, .name, aliases: coalesce(n.aliases, []), .nationality, .birthDate} AS node
          """, v -> v, rows -> Map.of("node", rows.getFirst().get("node").asObject())),

      "nested", new Floor("""
          MATCH (p:Node {id: $id})
          RETURN p {.id,
            detentions: COLLECT { MATCH (p)<-[:OF]-(d:Detention) OPTIONAL MATCH (d)-[:AT]->(pr:Prison)
              WITH d, pr ORDER BY d.id
              RETURN d {.id, .since, .until, prison: CASE WHEN pr IS NULL THEN null ELSE pr {.id, .name} END} },
            charges: COLLECT { MATCH (p)<-[:AGAINST]-(c:Charge) WITH c ORDER BY c.id
              RETURN c {.id, .offence, claims: COLLECT { MATCH (c)<-[:ASSERTS|REPORTS]-(cl:Claim)
                WITH DISTINCT cl ORDER BY cl.id RETURN cl {.id, .statement} }} }
          } AS node
          """, v -> v, rows -> Map.of("node", rows.getFirst().get("node").asObject())),

      "page", new Floor("""
          CALL () { MATCH (:Prison {id: $prison})<-[:AT]-(:Detention)-[:OF]->(p:Person) RETURN count(DISTINCT p) AS total }
          CALL () {
            MATCH (p:Person) WHERE p.id > '' AND EXISTS { (p)<-[:OF]-(:Detention)-[:AT]->(:Prison {id: $prison}) }
            WITH p ORDER BY p.id LIMIT 21
            RETURN collect(p {.id, .name}) AS page
          }
          RETURN total, page
          """, v -> v, rows -> Map.of("people", connection(rows.getFirst(), 20))),

      "counts", new Floor("""
          MATCH (pr:Prison) WITH pr ORDER BY pr.id LIMIT 100
          RETURN pr.id AS id, pr.name AS name, COUNT { (pr)<-[:AT]-(:Detention) } AS count
          """, v -> v, rows -> Map.of("prisons", Map.of("edges", rows.stream()
              .map(r -> Map.of("node", object("id", r.get("id").asString(), "name", r.get("name").asString(),
                  "detentionCount", r.get("count").asLong())))
              .toList()))),

      "claims", new Floor("""
          MATCH (o:Node {id: $id})
          CALL (o) {
            MATCH (o)<-[:CLAIMED_BY]-(c:Claim) WITH c ORDER BY c.id LIMIT 20
            MATCH (c)-[:FROM]->(s:Source) WITH c, s ORDER BY c.id
            RETURN collect(c {.id, .statement, source: s {.id, .title}}) AS page
          }
          RETURN o.id AS id, COUNT { (o)<-[:CLAIMED_BY]-() } AS total, page
          """, v -> v, rows -> {
            var row = rows.getFirst();
            var edges = row.get("page").asList(c -> Map.of("node", c.asObject()));
            return Map.of("node", Map.of("id", row.get("id").asString(),
                "claimsMade", Map.of("totalCount", row.get("total").asLong(), "edges", edges)));
          }),

      "search", new Floor("""
          CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 50}) YIELD node, score
          WHERE node:Person
          RETURN node.id AS id, node.name AS name, score ORDER BY score DESC, id LIMIT 10
          """, v -> Map.of("query", Parameters.luceneQuery((String) v.get("text"))),
          rows -> Map.of("search", rows.stream()
              .map(r -> Map.of("score", r.get("score").asDouble(),
                  "entity", Map.of("id", r.get("id").asString(), "name", r.get("name").asString())))
              .toList())),

      "path", new Floor("""
          MATCH (a:Node {id: $from}), (b:Node {id: $to})
          MATCH p = SHORTEST 1 (a)-[*1..6]-(b)
          RETURN [n IN nodes(p) | {id: n.id}] AS nodes,
                 [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}] AS edges
          """, v -> v, rows -> {
            var result = new java.util.HashMap<String, Object>();
            result.put("shortestPath", rows.isEmpty() ? null : Map.of("length", rows.getFirst().get("edges").size(),
                "nodes", rows.getFirst().get("nodes").asObject(), "edges", rows.getFirst().get("edges").asObject()));
            return result;
          }),

      "neighbourhood", new Floor("""
          MATCH (a:Node {id: $of})
          CALL (a) { MATCH (a)-[*0..2]-(x:Node) WITH DISTINCT x LIMIT $limit + 1 RETURN collect(x) AS found }
          WITH found[..$limit] AS kept, size(found) > $limit AS truncated
          CALL (kept) {
            UNWIND kept AS x MATCH (x)-[r]->(y) WHERE y IN kept
            RETURN collect({from: x.id, to: y.id, type: type(r)}) AS edges
          }
          RETURN [x IN kept | {id: x.id}] AS nodes, edges, truncated
          """, v -> Map.of("of", v.get("of"), "limit", Parameters.NEIGHBOURHOOD_LIMIT),
          rows -> Map.of("neighbourhood", Map.of("truncated", rows.getFirst().get("truncated").asBoolean(),
              "nodes", rows.getFirst().get("nodes").asObject(), "edges", rows.getFirst().get("edges").asObject()))),

      // The claim, its claimant and source, and its audit record, in one statement. A claim in a
      // restricted source is restricted, as Casegraph's restrictions make it.
      "recordClaim", new Floor("""
          MATCH (claimant:Node {id: $claimant}), (source:Source {id: $source})
          MERGE (n:Node {id: $id})
          SET n:Claim, n = $properties
          MERGE (n)-[:CLAIMED_BY]->(claimant)
          MERGE (n)-[:FROM]->(source)
          WITH n, source
          CALL (n, source) { WITH * WHERE source.restricted = true SET n:Restricted }
          """ + AUDIT, v -> claim(input(v)), rows -> Map.of("recordClaim", Map.of("id", rows.getFirst().get("id").asString())), true),

      "upsertPerson", new Floor("""
          MERGE (n:Node {id: $id})
          SET n:Entity:Person, n = $properties
          WITH n
          """ + AUDIT, v -> person(input(v)), rows -> Map.of("upsertPerson", Map.of("id", rows.getFirst().get("id").asString())), true));

  @SuppressWarnings("unchecked")
  private static Map<String, Object> input(Map<String, Object> variables) {
    return (Map<String, Object>) variables.get("input");
  }

  /** A claim's properties as Casegraph stores them (its date with the first and last day it covers) and its audit record. */
  private static Map<String, Object> claim(Map<String, Object> input) {
    var id = (String) input.get("id");
    var claimedOn = PartialDate.parse((String) input.get("claimedOn"));
    var properties = new TreeMap<String, Object>(Map.of("id", id, "statement", input.get("statement"),
        "claimant", input.get("claimant"), "source", input.get("source"), "claimedOn", claimedOn.toString()));
    properties.put("claimedOnStart", claimedOn.start());
    properties.put("claimedOnEnd", claimedOn.end());
    var recorded = new TreeMap<String, Object>(properties);
    recorded.put("claimedOnStart", claimedOn.start().toString());
    recorded.put("claimedOnEnd", claimedOn.end().toString());
    var links = List.of(link("CLAIMED_BY", (String) input.get("claimant")), link("FROM", (String) input.get("source")));
    return audited("recordClaim", id, properties, List.of("Claim"), recorded, links, List.of(id),
        Map.of("claimant", input.get("claimant"), "source", input.get("source")));
  }

  /** A person's properties with the keys search and filters use, and its audit record (without those keys). */
  private static Map<String, Object> person(Map<String, Object> input) {
    var id = (String) input.get("id");
    var name = (String) input.get("name");
    var recorded = new TreeMap<String, Object>(Map.of("id", id, "name", name, "aliases", List.of()));
    if (input.get("nationality") != null) {
      recorded.put("nationality", input.get("nationality"));
    }
    var properties = new TreeMap<String, Object>(recorded);
    properties.put("aliasText", Folding.aliasText(List.of()));
    properties.put("nameKey", Folding.nameKey(name, List.of()));
    return audited("upsertPerson", id, properties, List.of("Person"), recorded, List.of(), List.of(), Map.of());
  }

  private static Map<String, Object> audited(String action, String id, Map<String, Object> properties, List<String> labels,
      Map<String, Object> recorded, List<Map<String, Object>> links, List<String> claims, Map<String, Object> more) {
    var parameters = new HashMap<String, Object>(more);
    parameters.put("id", id);
    parameters.put("properties", properties);
    parameters.put("change", "change:" + UUID.randomUUID());
    parameters.put("actor", ACTOR);
    parameters.put("action", action);
    parameters.put("claims", claims);
    parameters.put("after", Json.write(object("labels", labels, "properties", recorded, "links", links)));
    return parameters;
  }

  private static Map<String, Object> link(String type, String node) {
    return object("type", type, "direction", "OUT", "node", node, "role", null);
  }

  /** A Relay connection from a row holding {@code total} and up to {@code first + 1} nodes in {@code page}. */
  private static Map<String, Object> connection(Record row, int first) {
    var fetched = row.get("page").asList(v -> v.asMap());
    var nodes = fetched.subList(0, Math.min(first, fetched.size()));
    var edges = nodes.stream().map(n -> Map.of("cursor", PageRequest.cursor((String) n.get("id")), "node", n)).toList();
    var pageInfo = new java.util.HashMap<String, Object>();
    pageInfo.put("hasNextPage", fetched.size() > first);
    pageInfo.put("endCursor", edges.isEmpty() ? null : edges.getLast().get("cursor"));
    return Map.of("totalCount", row.get("total").asLong(), "edges", edges, "pageInfo", pageInfo);
  }
}
