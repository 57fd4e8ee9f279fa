package org.casegraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casegraph.audit.AuditTrail;
import org.casegraph.security.Restrictions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a few items of the data-set format inside a caller's transaction, as the mutations do: checked
 * by the same rules as an import (against the graph as the transaction sees it), then upserted by id.
 * An upsert replaces the item: its properties, and the relationships it owns (a detention's person,
 * prison and charges; a role's or a tie's two parties; a claim's claimant, source, subjects, event, what it
 * asserts and supports).
 */
@Component
public class Upserts {

  private static final JsonMapper JSON = JsonMapper.builder()
      .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private final DatasetValidator validator;

  Upserts(DatasetValidator validator) {
    this.validator = validator;
  }

  /** Every problem of these items, with JSON paths such as {@code $.claims[0].source}; empty when they may be written. */
  public List<Problem> check(Dataset items, TransactionContext tx) {
    return check(items, Set.of(), tx);
  }

  /**
   * As {@link #check(Dataset, TransactionContext)}, counting the facts in {@code backedByRequest} as
   * backed: the request names stored claims that assert them.
   */
  public List<Problem> check(Dataset items, Set<String> backedByRequest, TransactionContext tx) {
    return check(items, backedByRequest, tx, Existing.NONE);
  }

  /**
   * As {@link #check(Dataset, Set, TransactionContext)}, with what a {@link #lookingUp(Dataset)} found
   * ahead: the graph is asked only what that did not answer.
   */
  public List<Problem> check(Dataset items, Set<String> backedByRequest, TransactionContext tx, Existing ahead) {
    var result = validator.validate(items, JSON.valueToTree(items), new InTransaction(tx, backedByRequest, ahead));
    return result.problems();
  }

  /** Which of the ids {@code asked} are in the graph, as the writer may see it: those {@code found}. */
  public record Existing(Set<String> asked, Set<String> found) {
    static final Existing NONE = new Existing(Set.of(), Set.of());
  }

  /**
   * The lookup a check of some items makes in the graph (which of the ids {@code asked}, those they refer
   * to, are there), as a subquery for another statement of the write: the one that reads the state before
   * it, say.
   */
  public record Lookup(Set<String> asked, AuditTrail.Subquery subquery) {
    /** What the subquery left, as the check takes it. */
    public Existing answer(Value found) {
      return new Existing(asked, Set.copyOf(found.asList(Value::asString)));
    }
  }

  /** Which of {@code $referenced} are stored; what the writer may not see is, for them, not there. */
  private static final String LOOKUP = """
      CALL () {
        UNWIND $referenced AS id MATCH (n:Node%s {id: id})
        RETURN collect(n.id) AS existing
      }
      """.formatted(Restrictions.HIDDEN);

  /** The lookup a check of these items makes in the graph, to run ahead of it. */
  public static Lookup lookingUp(Dataset items) {
    var asked = DatasetValidator.outside(items);
    return new Lookup(asked, new AuditTrail.Subquery(Restrictions.forViewer(LOOKUP), Map.of("referenced", List.copyOf(asked)),
        "existing"));
  }

  /**
   * As {@link #check(Dataset, TransactionContext)}, for items bound for an empty store (a bulk import,
   * before the database runs): what they refer to outside themselves is not there.
   */
  public static List<Problem> checkForEmptyStore(Dataset items) {
    return EmptyStore.VALIDATOR.validate(items, JSON.valueToTree(items), DatasetValidator.Graph.EMPTY).problems();
  }

  private static final class EmptyStore {
    static final DatasetValidator VALIDATOR = new DatasetValidator();
  }

  /**
   * Reads a whole file of the data-set format, checked by the same rules as an import against the graph as
   * this transaction sees it.
   *
   * @throws InvalidDatasetException listing every problem, with nothing written
   */
  public Dataset read(byte[] content, TransactionContext tx) {
    var result = validator.validate(content, new InTransaction(tx, Set.of(), Existing.NONE));
    if (result.dataset() == null) {
      throw new InvalidDatasetException(result.problems());
    }
    return result.dataset();
  }

  /**
   * The properties a write stores on each item's node, by id (derived keys included): what the stored
   * node is compared with to tell an unchanged item from an updated one.
   */
  public static Map<String, Map<String, Object>> properties(Dataset items) {
    var properties = new java.util.LinkedHashMap<String, Map<String, Object>>();
    Rows.of(items).nodes.values().forEach(list -> list.forEach(row -> properties.put((String) row.get("id"), row)));
    return properties;
  }

  /** The ids of every item, in the format's order. */
  public static List<String> ids(Dataset d) {
    var ids = new ArrayList<String>();
    d.sources().forEach(x -> ids.add(x.id()));
    d.people().forEach(x -> ids.add(x.id()));
    d.organisations().forEach(x -> ids.add(x.id()));
    d.prisons().forEach(x -> ids.add(x.id()));
    d.events().forEach(x -> ids.add(x.id()));
    d.charges().forEach(x -> ids.add(x.id()));
    d.detentions().forEach(x -> ids.add(x.id()));
    d.roles().forEach(x -> ids.add(x.id()));
    d.ties().forEach(x -> ids.add(x.id()));
    d.claims().forEach(x -> ids.add(x.id()));
    return ids;
  }

  /** Writes checked items: the relationships they own are replaced, everything else is merged. */
  public void write(Dataset items, TransactionContext tx) {
    write(items, List.of(), tx);
  }

  /**
   * As {@link #write(Dataset, TransactionContext)}, and the stored claims {@code assertedBy} come to assert
   * every item. All of it is one statement, restrictions included, so a write costs the same round trip
   * for one relationship as for many; restrictions are recomputed on the items, on the nodes their
   * relationships reached before the write and reach after it, and on those claims, not on everything
   * around a source.
   */
  public void write(Dataset items, Collection<String> assertedBy, TransactionContext tx) {
    write(items, assertedBy, tx, null);
  }

  /**
   * As {@link #write(Dataset, Collection, TransactionContext)}, running {@code then} at the end of the same
   * statement, after every write (the audit record's read of what the write left, say); returns what it
   * leaves.
   */
  public Value writeThen(Dataset items, Collection<String> assertedBy, TransactionContext tx, AuditTrail.Subquery then) {
    return java.util.Objects.requireNonNull(write(items, assertedBy, tx, then));
  }

  private @Nullable Value write(Dataset items, Collection<String> assertedBy, TransactionContext tx,
      AuditTrail.@Nullable Subquery then) {
    var owned = List.of(
        new Owned(ids(d -> d.events(), items), "(n)-[r:AT]->(m) "),
        new Owned(ids(d -> d.events(), items), "(n)<-[r:PARTICIPATED_IN]-(m) "),
        new Owned(ids(d -> d.charges(), items), "(n)-[r:AGAINST]->(m) "),
        new Owned(ids(d -> d.detentions(), items), "(n)-[r:OF|AT|ON_CHARGE]->(m) "),
        new Owned(ids(d -> d.roles(), items), "(n)-[r:OF|IN]->(m) "),
        new Owned(ids(d -> d.ties(), items), "(n)-[r:OF|IN]->(m) "),
        new Owned(ids(d -> d.claims(), items), "(n)-[r:CLAIMED_BY|FROM|REPORTS|ABOUT|ASSERTS|SUPPORTS]->(m) "));
    var cypher = new StringBuilder();
    var parameters = new java.util.HashMap<String, Object>();
    var unlinked = new ArrayList<String>();
    for (var o : owned) {
      if (!o.ids.isEmpty()) {
        var name = "owned" + parameters.size();
        parameters.put(name, o.ids);
        // The node at the other end, unless it is a source: a source's label does not depend on its claims.
        // Each returns one row (its collect), so the writes after it run once.
        unlinked.add("""
            CALL () {
              UNWIND $%1$s AS id MATCH (n:Node {id: id}) MATCH %2$s
              DELETE r
              RETURN collect(CASE WHEN m:Source THEN null ELSE m.id END) AS reached%3$d
            }
            """.formatted(name, o.pattern, unlinked.size()));
      }
    }
    var rows = Rows.of(items);
    var writes = new ArrayList<String>();
    rows.nodes.forEach((label, list) -> {
      var name = "nodes" + parameters.size();
      parameters.put(name, list);
      writes.add(unit(DatasetWriter.mergeNodes(label).replace("$rows", "$" + name)));
    });
    rows.links.forEach((type, list) -> {
      var name = "links" + parameters.size();
      parameters.put(name, list);
      writes.add(unit(DatasetWriter.mergeLinks(type).replace("$rows", "$" + name)));
    });
    if (!assertedBy.isEmpty()) {
      parameters.put("assertedBy", List.copyOf(assertedBy));
      parameters.put("asserted", ids(items));
      writes.add(unit("""
          UNWIND $assertedBy AS claim MATCH (c:Claim {id: claim})
          UNWIND $asserted AS fact MATCH (f:Node {id: fact})
          MERGE (c)-[:ASSERTS]->(f)
          """));
    }
    unlinked.forEach(cypher::append);
    writes.forEach(cypher::append);
    // Restrictions are recomputed in the same statement, on the items, on what their relationships
    // reached before the write (each unlinking subquery's ids) and reach now (their claimants, subjects,
    // events, facts, people and places), and on the claims that now assert them; not on a source the
    // claims name without the items writing it: its label does not depend on them.
    var affected = new java.util.LinkedHashSet<>(ids(items));
    rows.links.values().forEach(list -> list.forEach(row -> {
      affected.add((String) row.get("from"));
      affected.add((String) row.get("to"));
    }));
    affected.addAll(assertedBy);
    var written = new HashSet<>(ids(items));
    var unaffected = items.claims().stream().map(Dataset.ClaimItem::source).filter(id -> !written.contains(id)).distinct().toList();
    parameters.put("affected", List.copyOf(affected));
    parameters.put("unaffected", unaffected);
    var reached = java.util.stream.IntStream.range(0, unlinked.size()).mapToObj(i -> "reached" + i).toList();
    cypher.append(Restrictions.refreshClause("[x IN $affected%s WHERE x IS NOT NULL AND NOT x IN $unaffected]"
        .formatted(reached.stream().map(r -> " + " + r).collect(java.util.stream.Collectors.joining()))));
    if (then == null) {
      cypher.append("RETURN refreshed");
      tx.run(cypher.toString(), parameters).consume();
      return null;
    }
    parameters.putAll(then.parameters());
    cypher.append("WITH refreshed\n").append(then.cypher()).append("RETURN ").append(then.variable());
    return tx.run(cypher.toString(), parameters).single().get(then.variable());
  }

  /** A write as a unit subquery (nothing returned), so that it runs once for the row before it. */
  private static String unit(String write) {
    return "CALL () {\n" + write.strip() + "\n}\n";
  }

  private record Owned(List<String> ids, String pattern) {}

  private static <T> List<String> ids(java.util.function.Function<Dataset, List<T>> section, Dataset d) {
    return section.apply(d).stream().map(Upserts::id).toList();
  }

  private static String id(Object item) {
    return switch (item) {
      case Dataset.EventItem x -> x.id();
      case Dataset.ChargeItem x -> x.id();
      case Dataset.DetentionItem x -> x.id();
      case Dataset.RoleItem x -> x.id();
      case Dataset.TieItem x -> x.id();
      case Dataset.ClaimItem x -> x.id();
      default -> throw new IllegalArgumentException(item.toString());
    };
  }

  /** The graph as the write's own transaction sees it. */
  private record InTransaction(TransactionContext tx, Set<String> backedByRequest, Existing ahead) implements DatasetValidator.Graph {
    @Override
    public Set<String> existing(Collection<String> ids) {
      if (ahead.asked().containsAll(ids)) {
        var found = new HashSet<>(ids);
        found.retainAll(ahead.found());
        return found;
      }
      // What the writer may not see is, for them, not there.
      return ids(Restrictions.forViewer("UNWIND $ids AS id MATCH (n:Node" + Restrictions.HIDDEN + " {id: id}) RETURN n.id AS id"), ids);
    }

    @Override
    public Set<String> backed(Collection<String> ids) {
      var backed = new HashSet<>(backedByRequest);
      backed.retainAll(ids);
      return backed.containsAll(ids) ? backed : union(backed, ids("UNWIND $ids AS id MATCH (n:Node {id: id})<-[:ASSERTS|REPORTS]-(:Claim) RETURN DISTINCT n.id AS id", ids));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      a.addAll(b);
      return a;
    }

    private Set<String> ids(String cypher, Collection<String> ids) {
      return new HashSet<>(tx.run(cypher, Map.of("ids", List.copyOf(ids))).list(r -> r.get("id").asString()));
    }
  }

}
