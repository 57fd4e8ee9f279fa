package org.casegraph.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import org.casegraph.graph.NodeRepository;
import org.casegraph.security.Viewer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.Connection;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail, newest first. Without CONFIDENTIAL, changes to restricted nodes (then or now) are
 * left out, and a change that touched only such nodes is not shown at all.
 */
@Controller
class AuditController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NodeRepository nodes;
  private final PagingProperties paging;

  AuditController(NodeRepository nodes, PagingProperties paging) {
    this.nodes = nodes;
    this.paging = paging;
  }

  record Change(String id, String at, String actor, String action, @Nullable String summary, List<NodeChange> nodes) {}

  record NodeChange(String id, @Nullable NodeState before, @Nullable NodeState after) {}

  @QueryMapping
  Connection<Change> auditTrail(@Argument @Nullable String of, @Argument @Nullable String actor,
      @Argument @Nullable Integer first, @Argument @Nullable String after) {
    var size = paging.size(first, paging.defaultSize());
    var cursor = after == null ? null : decode(after);
    var parameters = new HashMap<String, Object>();
    parameters.put("of", of);
    parameters.put("actor", actor);
    parameters.put("limit", size + 1);
    parameters.put("afterAt", cursor == null ? null : cursor.at());
    parameters.put("afterId", cursor == null ? null : cursor.id());
    parameters.put("confidential", Viewer.seesRestricted());
    var visible = """
        WHERE ($actor IS NULL OR c.actor = $actor)
          AND ($confidential OR c.nodes = 0 OR EXISTS {
            MATCH (v:ChangedNode {change: c.id}) WHERE NOT v.restricted
              AND NOT EXISTS { MATCH (n:Node:Restricted {id: v.target}) }
          })
        """;
    var matched = of == null
        ? "MATCH (c:Change) " + visible
        : "MATCH (t:ChangedNode {target: $of}) WITH DISTINCT t.change AS changeId MATCH (c:Change {id: changeId}) " + visible;
    var total = nodes.read(matched + " RETURN count(c) AS total", parameters).getFirst().get("total").asLong();
    var records = nodes.read(matched + """
              AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
            WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
            CALL (c) {
              MATCH (v:ChangedNode {change: c.id})
              WHERE $confidential OR (NOT v.restricted AND NOT EXISTS { MATCH (n:Node:Restricted {id: v.target}) })
              RETURN collect(v {.target, .before, .after}) AS nodes
            }
            RETURN c {.id, .actor, .action, .summary, at: toString(c.at)} AS change, nodes
            """, parameters).stream().map(AuditController::change).toList();
    var page = records.size() > size ? records.subList(0, size) : records;
    var edges = page.stream().map(c -> new Connection.Edge<>(encode(c), c)).toList();
    var info = new Connection.PageInfo(records.size() > size, after != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection<>(edges, info, total);
  }

  @SchemaMapping(typeName = "NodeState")
  List<NodeState.Property> properties(NodeState state) {
    return state.properties().entrySet().stream()
        .map(e -> new NodeState.Property(e.getKey(), JSON.writeValueAsString(e.getValue()))).toList();
  }

  private static Change change(Record record) {
    var c = record.get("change");
    var nodes = record.get("nodes").asList(v -> new NodeChange(v.get("target").asString(),
        v.get("before").isNull() ? null : AuditTrail.parse(v.get("before").asString()),
        v.get("after").isNull() ? null : AuditTrail.parse(v.get("after").asString())));
    return new Change(c.get("id").asString(), Instant.parse(normalise(c.get("at").asString())).toString(),
        c.get("actor").asString(), c.get("action").asString(), c.get("summary").isNull() ? null : c.get("summary").asString(), nodes);
  }

  /** Neo4j writes a UTC datetime as {@code …Z} or {@code …+00:00[UTC]}; Instant reads the former. */
  private static String normalise(String at) {
    var bracket = at.indexOf('[');
    var text = bracket < 0 ? at : at.substring(0, bracket);
    return java.time.OffsetDateTime.parse(text).toInstant().toString();
  }

  private record Cursor(String at, String id) {}

  private static String encode(Change change) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("change:" + change.at() + "|" + change.id()).getBytes(StandardCharsets.UTF_8));
  }

  private static Cursor decode(String cursor) {
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      var bar = text.indexOf('|');
      if (text.startsWith("change:") && bar > 0) {
        var at = text.substring("change:".length(), bar);
        Instant.parse(at);
        return new Cursor(at, text.substring(bar + 1));
      }
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      // falls through to the error below
    }
    throw new BadRequestException("'%s' is not a cursor this API gave out; pass an endCursor from a previous page".formatted(cursor));
  }

}
