package org.casegraph.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * What a write question wrote, read back from Neo4j in a canonical form: the node's labels, properties
 * and relationships, and the audit records that name it (the change's action, size and claims, the node
 * before and after). Times, change ids, sequence numbers and the actor differ by nature and are left
 * out; the request's tag becomes {@code *}, so that two servers' writes of the same input compare equal.
 */
final class Written {

  /** Every bench write's id starts with one of these. */
  static final List<String> PREFIXES = List.of("claim:bench-", "person:bench-");

  private Written() {}

  /** The node and its audit records; null when nothing of that id is stored. */
  static Object readBack(Driver driver, String id, String tag) {
    var rows = driver.executableQuery("""
        MATCH (n:Node {id: $id})
        RETURN labels(n) AS labels, properties(n) AS properties,
          [(n)-[r]->(m) | type(r) + ' > ' + m.id] + [(n)<-[r]-(m) | type(r) + ' < ' + m.id] AS links,
          COLLECT { MATCH (v:ChangedNode {target: $id}) MATCH (c:Change {id: v.change})
            RETURN {action: c.action, nodes: c.nodes, claims: c.claims, summary: c.summary, before: v.before, after: v.after,
              restricted: v.restricted} } AS audit
        """).withParameters(Map.of("id", id)).execute().records();
    if (rows.isEmpty()) {
      return null;
    }
    var row = rows.getFirst();
    var properties = new TreeMap<String, Object>();
    row.get("properties").asMap(Written::plain).forEach(properties::put);
    var audit = row.get("audit").asList(v -> {
      var record = new TreeMap<String, Object>(v.asMap(Written::plain));
      record.computeIfPresent("after", (k, json) -> Json.parse((String) json));
      record.computeIfPresent("before", (k, json) -> Json.parse((String) json));
      return record;
    });
    var canonical = Json.object("labels", Json.sorted(row.get("labels").asList(Value::asString), String::compareTo),
        "properties", properties,
        "links", Json.sorted(row.get("links").asList(Value::asString), String::compareTo),
        "audit", audit);
    return Json.parse(Json.write(canonical).replace(tag, "*"));
  }

  /** The node alone, for a server that writes no audit record. */
  @SuppressWarnings("unchecked")
  static Object withoutAudit(Object canonical) {
    if (canonical == null) {
      return null;
    }
    var copy = new java.util.LinkedHashMap<>((Map<String, Object>) canonical);
    copy.remove("audit");
    return copy;
  }

  /**
   * Removes what the write questions wrote: their nodes, and the audit records of the changes that wrote
   * them, in batches; and the EDITOR tokens of earlier runs (this run's goes with the next). Returns the
   * number of nodes removed.
   */
  static long remove(Driver driver) {
    long removed = 0;
    // Batches need an auto-commit transaction, which only a session's run gives.
    try (var session = driver.session()) {
      for (var prefix : PREFIXES) {
        session.run("""
            MATCH (v:ChangedNode) WHERE v.target STARTS WITH $prefix
            CALL (v) { OPTIONAL MATCH (c:Change {id: v.change}) DETACH DELETE v, c } IN TRANSACTIONS OF 5000 ROWS
            """, Map.of("prefix", prefix)).consume();
        removed += session.run("""
            MATCH (n:Node) WHERE n.id STARTS WITH $prefix
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
            RETURN count(n) AS removed
            """, Map.of("prefix", prefix)).single().get("removed").asLong();
      }
      session.run("MATCH (t:ApiToken) WHERE t.name STARTS WITH $prefix AND t.name <> $current DELETE t",
          Map.of("prefix", Servers.EDITOR, "current", Servers.EDITOR + Tags.RUN)).consume();
    }
    return removed;
  }

  /** A property as the canonical form holds it: dates as ISO text. */
  private static Object plain(Value value) {
    return switch (value.type().name()) {
      case String list when list.startsWith("LIST") -> value.asList(Written::plain);
      case "INTEGER" -> value.asLong();
      case "FLOAT" -> value.asDouble();
      case "BOOLEAN" -> value.asBoolean();
      case "STRING" -> value.asString();
      case "NULL" -> null;
      default -> value.asObject().toString();
    };
  }
}
