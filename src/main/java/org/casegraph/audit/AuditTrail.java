package org.casegraph.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.casegraph.security.Viewer;
import org.casegraph.support.Bookmarks;
import org.casegraph.support.Neo4jFaults;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.types.Node;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a write in one transaction and records it in that same transaction: who (the token's name),
 * when, which action, and every node it touched as it was before and after. A write that fails rolls
 * back with its record, so it leaves no trace; one that changes nothing records nothing.
 */
@Component
public class AuditTrail {

  /** Keys derived from others for search and filters: noise in a record of what changed. */
  private static final Set<String> DERIVED = Set.of("nameKey", "aliasText", "offenceKey", "regionKey");
  /** Labels that every node, or every entity, has: noise too. */
  private static final Set<String> COMMON_LABELS = Set.of("Node", "Entity");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Driver driver;
  private final ApplicationEventPublisher events;

  AuditTrail(Driver driver, ApplicationEventPublisher events) {
    this.driver = driver;
    this.events = events;
  }

  /** What a write does inside its transaction; it names the nodes it touches before it touches them. */
  @FunctionalInterface
  public interface Work<T> {
    T run(TransactionContext tx, Change change);
  }

  /**
   * Published once a recorded write has committed: {@code sequence} is its place in commit order,
   * {@code claims} the claims it recorded (see {@link #CLAIM_PREFIX}), in id order.
   */
  public record Committed(String changeId, long sequence, String action, String actor, List<String> created, List<String> claims) {}

  /** Ids of claims start with this; a change lists the claims it created, for the live feed. */
  public static final String CLAIM_PREFIX = "claim:";

  /**
   * Clauses that run inside another statement: a subquery ({@code CALL () { ... }}) that leaves one row, with
   * {@code variable} bound, and the parameters it needs.
   */
  public record Subquery(String cypher, Map<String, Object> parameters, String variable) {}

  /** The write under way: the nodes it touches and a summary for writes too large to list node by node. */
  public static final class Change {
    private final TransactionContext tx;
    private final Map<String, @Nullable NodeState> before = new LinkedHashMap<>();
    private final Set<String> ownLinks = new java.util.HashSet<>();
    private final Set<String> claims = new java.util.TreeSet<>();
    private final Map<String, Node> after = new HashMap<>();
    private @Nullable Map<String, @Nullable NodeState> afterStates;
    private @Nullable String summary;

    private Change(TransactionContext tx) {
      this.tx = tx;
    }

    /** Takes the state of these nodes before the write changes them (once per node). */
    public Change touch(Collection<String> ids) {
      var fresh = fresh(ids);
      if (!fresh.isEmpty()) {
        before.putAll(states(tx, fresh, Set.of(), null));
      }
      return this;
    }

    public Change touch(String... ids) {
      return touch(List.of(ids));
    }

    /**
     * As {@link #touch(Collection)}, for a write that changes these nodes' properties and the relationships
     * they own, and no others (an upsert): each is recorded with those relationships only (a claim's or a
     * fact's links, an event's participants; none for a source or an entity, whose links their claims and
     * facts own), so that recording a much-cited person or a busy source costs what recording a quiet one does.
     */
    public Change touchOwned(Collection<String> ids) {
      var fresh = fresh(ids);
      if (!fresh.isEmpty()) {
        ownLinks.addAll(fresh);
        before.putAll(states(tx, fresh, ownLinks, null));
      }
      return this;
    }

    /**
     * As {@link #touchOwned(Collection)}, running the caller's {@code read} in the same statement (what the
     * write checks before it writes, say); returns what it leaves.
     */
    public Value touchOwned(Collection<String> ids, Subquery read) {
      var fresh = fresh(ids);
      ownLinks.addAll(fresh);
      var parameters = new HashMap<String, Object>(read.parameters());
      parameters.putAll(statesParameters(fresh, ownLinks));
      var record = tx.run(read.cypher() + STATES + "RETURN " + read.variable() + ", " + STATES_VARIABLE, parameters).single();
      before.putAll(states(fresh, record.get(STATES_VARIABLE), null));
      return record.get(read.variable());
    }

    /**
     * The read of every touched node as the write leaves it, for the end of the write's last statement
     * (after its last write), so that the audit record costs no round trip for it; hand what it leaves to
     * {@link #readAfter(Value)}. Nothing may be written after it.
     */
    public Subquery readingAfter() {
      return new Subquery(STATES, statesParameters(before.keySet(), ownLinks), STATES_VARIABLE);
    }

    /** Takes what {@link #readingAfter()} left as the touched nodes' state after the write. */
    public void readAfter(Value read) {
      afterStates = states(before.keySet(), read, after);
    }

    /** Those of these ids not touched yet, each once. */
    private List<String> fresh(Collection<String> ids) {
      return ids.stream().filter(id -> !before.containsKey(id)).distinct().toList();
    }

    /** A touched node as it was before the write; null when it did not exist (or was not touched). */
    public @Nullable NodeState before(String id) {
      return before.get(id);
    }

    /** Claims the write created that it does not list node by node (an import's), for the live feed. */
    public Change recorded(Collection<String> claimIds) {
      claimIds.stream().filter(id -> id.startsWith(CLAIM_PREFIX)).forEach(claims::add);
      return this;
    }

    /** What the write did, in a sentence, for writes (such as imports) that are not listed node by node. */
    public Change summary(String text) {
      this.summary = text;
      return this;
    }
  }

  /**
   * What a write returned, and the nodes it touched as it left them (those it deleted are absent): read
   * for the audit record anyway, they answer a mutation without another transaction.
   */
  public record Written<T>(T value, Map<String, Node> nodes) {}

  public <T> T write(String action, Work<T> work) {
    return writeAndRead(action, work).value();
  }

  /** As {@link #write(String, Work)}, with the nodes the write touched as it committed them. */
  public <T> Written<T> writeAndRead(String action, Work<T> work) {
    var actor = Viewer.name();
    var committed = new Committed[1];
    Written<T> result;
    for (int attempt = 1; ; attempt++) {
      try (var session = driver.session(Bookmarks.session())) {
        result = session.executeWrite(tx -> {
          var change = new Change(tx);
          var value = work.run(tx, change);
          committed[0] = record(tx, action, actor, change);
          return new Written<>(value, Map.copyOf(change.after));
        });
        Bookmarks.written(session.lastBookmarks());
        break;
      } catch (TransientException | ClientException e) {
        // Concurrent writes to the same nodes can deadlock, or one can delete what another had found;
        // the one that lost is rolled back and runs again, on what the other committed.
        if (!(Neo4jFaults.conflict(e) || Neo4jFaults.deletedMeanwhile(e)) || attempt == CONFLICT_ATTEMPTS) {
          throw e;
        }
        pause(attempt);
      }
    }
    if (committed[0] != null) {
      events.publishEvent(committed[0]);
    }
    return result;
  }

  private static final int CONFLICT_ATTEMPTS = 10;

  private static void pause(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 50L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a write", e);
    }
  }

  private static @Nullable Committed record(TransactionContext tx, String action, String actor, Change change) {
    // A write recorded by its summary alone (an import's batch) touched no node to compare: no read for it.
    var after = change.before.isEmpty() ? Map.<String, @Nullable NodeState>of()
        : change.afterStates != null ? change.afterStates
        : states(tx, change.before.keySet(), change.ownLinks, change.after);
    var rows = new ArrayList<Map<String, Object>>();
    var created = new ArrayList<String>();
    change.before.forEach((id, was) -> {
      var is = after.get(id);
      if (!Objects.equals(was, is)) {
        var row = new HashMap<String, Object>();
        row.put("target", id);
        row.put("before", was == null ? null : JSON.writeValueAsString(was));
        row.put("after", is == null ? null : JSON.writeValueAsString(is));
        row.put("restricted", (was != null && was.restricted()) || (is != null && is.restricted()));
        rows.add(row);
        if (was == null) {
          created.add(id);
        }
      }
    });
    if (rows.isEmpty() && change.summary == null) {
      return null;
    }
    change.recorded(created);
    var id = "change:" + UUID.randomUUID();
    var parameters = new HashMap<String, Object>();
    parameters.put("id", id);
    parameters.put("action", action);
    parameters.put("actor", actor);
    parameters.put("summary", change.summary);
    parameters.put("rows", rows);
    parameters.put("claims", List.copyOf(change.claims));
    // Last in the transaction, so that the counter's lock (held until commit) is held briefly: it puts
    // every recorded write in one commit order, which the claim feed follows across instances.
    var sequence = tx.run("""
        MERGE (s:ChangeSequence {name: 'changes'}) ON CREATE SET s.last = 0
        SET s.last = s.last + 1
        CREATE (c:Change {id: $id, seq: s.last, at: datetime(), actor: $actor, action: $action, summary: $summary,
          nodes: size($rows), claims: $claims})
        WITH c
        CALL (c) {
          UNWIND $rows AS row
          CREATE (:ChangedNode {change: c.id, at: c.at, target: row.target, before: row.before, after: row.after,
            restricted: row.restricted})
        }
        RETURN c.seq AS seq
        """, parameters).single().get("seq").asLong();
    return new Committed(id, sequence, action, actor, List.copyOf(created), List.copyOf(change.claims));
  }

  /**
   * The state of each of these nodes now; null for one that does not exist. Those in {@code ownLinks}
   * with only the relationships they own (see {@link Change#touchOwned(Collection)}). The nodes
   * themselves go into {@code nodes}, when given.
   */
  static Map<String, @Nullable NodeState> states(TransactionContext tx, Collection<String> ids, Set<String> ownLinks,
      @Nullable Map<String, Node> nodes) {
    var record = tx.run(STATES + "RETURN " + STATES_VARIABLE, statesParameters(ids, ownLinks)).single();
    return states(ids, record.get(STATES_VARIABLE), nodes);
  }

  /** The variable {@link #STATES} leaves: a list of each found node's id, node and links. */
  private static final String STATES_VARIABLE = "auditStates";

  /**
   * A unit subquery that leaves {@value #STATES_VARIABLE}, the state of the nodes {@code $auditIds}, those
   * in {@code $auditOwnLinks} with only the relationships they own: one row, however many nodes, so it can
   * follow other clauses.
   */
  private static final String STATES = """
      CALL () {
        UNWIND $auditIds AS id
        MATCH (n:Node {id: id})
        WITH id, n, id IN $auditOwnLinks AS owned
        RETURN collect({id: id, node: n, links: CASE
            WHEN owned AND (n:Entity OR n:Source) THEN []
            WHEN owned THEN [(n)-[r]->(m:Node) | {type: type(r), direction: 'OUT', node: m.id, role: r.role}]
              + [(n)<-[r:PARTICIPATED_IN]-(m:Node) | {type: type(r), direction: 'IN', node: m.id, role: r.role}]
            ELSE [(n)-[r]->(m:Node) | {type: type(r), direction: 'OUT', node: m.id, role: r.role}]
              + [(n)<-[r]-(m:Node) | {type: type(r), direction: 'IN', node: m.id, role: r.role}]
          END}) AS auditStates
      }
      """;

  private static Map<String, Object> statesParameters(Collection<String> ids, Set<String> ownLinks) {
    return Map.of("auditIds", List.copyOf(ids), "auditOwnLinks", List.copyOf(ownLinks));
  }

  private static Map<String, @Nullable NodeState> states(Collection<String> ids, Value found, @Nullable Map<String, Node> nodes) {
    var states = new LinkedHashMap<String, @Nullable NodeState>();
    ids.forEach(id -> states.put(id, null));
    found.asList(v -> v).forEach(r -> {
      var node = r.get("node").asNode();
      states.put(r.get("id").asString(), state(node, r.get("links")));
      if (nodes != null) {
        nodes.put(r.get("id").asString(), node);
      }
    });
    return states;
  }

  private static NodeState state(Node node, Value links) {
    var labels = new ArrayList<String>();
    node.labels().forEach(l -> {
      if (!COMMON_LABELS.contains(l)) {
        labels.add(l);
      }
    });
    var props = new java.util.TreeMap<String, Object>();
    node.asMap(AuditTrail::plain).forEach((k, v) -> {
      if (!DERIVED.contains(k)) {
        props.put(k, v);
      }
    });
    var linkStates = links.asList(l -> new NodeState.LinkState(l.get("type").asString(),
            NodeState.Direction.valueOf(l.get("direction").asString()), l.get("node").asString(),
            l.get("role").isNull() ? null : l.get("role").asString()))
        .stream().sorted(java.util.Comparator.comparing(NodeState.LinkState::type)
            .thenComparing(NodeState.LinkState::direction).thenComparing(NodeState.LinkState::node)
            .thenComparing(l -> Objects.requireNonNullElse(l.role(), "")))
        .toList();
    return new NodeState(labels.stream().sorted().toList(), props, linkStates);
  }

  /** A property as JSON can hold it: dates as ISO text, lists as lists. */
  private static Object plain(Value value) {
    return switch (value.type().name()) {
      case String list when list.startsWith("LIST") -> value.asList(AuditTrail::plain);
      case "INTEGER" -> value.asLong();
      case "FLOAT" -> value.asDouble();
      case "BOOLEAN" -> value.asBoolean();
      case "STRING" -> value.asString();
      default -> value.asObject().toString();
    };
  }

  static NodeState parse(String json) {
    return JSON.readValue(json, new TypeReference<NodeState>() {});
  }

  static Instant instant(Value value) {
    return value.asZonedDateTime().toInstant();
  }
}
