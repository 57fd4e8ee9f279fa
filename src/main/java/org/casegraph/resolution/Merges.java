package org.casegraph.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casegraph.graph.Entity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The merge records: one {@code :Merge} node per merge, outside the graph of {@code :Node}s and linked to
 * none of them, so paths, neighbourhoods and counts never see it. What it must restore is kept as typed JSON.
 */
@Repository
public class Merges {

  private static final String SUMMARY = """
      m {.id, .keep, .duplicate, .duplicateName, .kind, .actor, .moved, .deduplicated, .rewrittenCount, .undoneBy,
        at: toString(m.at), undoneAt: toString(m.undoneAt)} AS merge""";

  private final Driver driver;

  Merges(Driver driver) {
    this.driver = driver;
  }

  Merge save(TransactionContext tx, MergeRecord record) {
    var merge = record.merge();
    var parameters = new HashMap<String, Object>();
    parameters.put("id", merge.id());
    parameters.put("keep", merge.keep());
    parameters.put("duplicate", merge.duplicate());
    parameters.put("duplicateName", merge.duplicateName());
    parameters.put("kind", merge.kind().name());
    parameters.put("actor", merge.actor());
    parameters.put("moved", merge.movedRelationships());
    parameters.put("deduplicated", merge.deduplicatedRelationships());
    parameters.put("rewrittenCount", merge.rewrittenProperties());
    parameters.put("duplicateLabels", record.duplicateLabels());
    parameters.put("duplicateProperties", StoredValues.json(record.duplicateProperties()));
    parameters.put("links", StoredValues.json(record.links()));
    parameters.put("keepBefore", StoredValues.json(record.keepBefore()));
    parameters.put("keepAfter", StoredValues.json(record.keepAfter()));
    parameters.put("rewritten", StoredValues.json(record.rewritten()));
    return summary(tx.run("""
        CREATE (m:Merge {id: $id, keep: $keep, duplicate: $duplicate, duplicateName: $duplicateName, kind: $kind,
          at: datetime(), actor: $actor, moved: $moved, deduplicated: $deduplicated, rewrittenCount: $rewrittenCount,
          duplicateLabels: $duplicateLabels, duplicateProperties: $duplicateProperties, links: $links,
          keepBefore: $keepBefore, keepAfter: $keepAfter, rewritten: $rewritten})
        RETURN\s""" + SUMMARY, parameters).single().get("merge"));
  }

  Optional<MergeRecord> find(TransactionContext tx, String id) {
    return tx.run("MATCH (m:Merge {id: $id}) RETURN m, " + SUMMARY, Map.of("id", id)).list().stream()
        .findFirst().map(Merges::record);
  }

  /** The merge, not undone, that folded this id into another entity. */
  Optional<Merge> activeFor(TransactionContext tx, String duplicate) {
    return tx.run("""
        MATCH (m:Merge {duplicate: $duplicate}) WHERE m.undoneAt IS NULL
        WITH m ORDER BY m.at DESC LIMIT 1
        RETURN\s""" + SUMMARY, Map.of("duplicate", duplicate)).list().stream().findFirst().map(r -> summary(r.get("merge")));
  }

  /** A merge into the same entity made after this one and not undone, the latest first. */
  Optional<Merge> laterInto(TransactionContext tx, String id) {
    return tx.run("""
        MATCH (this:Merge {id: $id}), (m:Merge {keep: this.keep})
        WHERE m.undoneAt IS NULL AND m.at > this.at
        WITH m ORDER BY m.at DESC LIMIT 1
        RETURN\s""" + SUMMARY, Map.of("id", id)).list().stream().findFirst().map(r -> summary(r.get("merge")));
  }

  Merge markUndone(TransactionContext tx, String id, String actor) {
    return summary(tx.run("""
        MATCH (m:Merge {id: $id}) SET m.undoneAt = datetime(), m.undoneBy = $actor
        RETURN\s""" + SUMMARY, Map.of("id", id, "actor", actor)).single().get("merge"));
  }

  /** Merges into or of an entity (or all), newest first. */
  public List<Merge> list(@Nullable String of, int first) {
    var parameters = new HashMap<String, Object>();
    parameters.put("of", of);
    parameters.put("first", first);
    return driver.executableQuery("""
            MATCH (m:Merge) WHERE $of IS NULL OR m.keep = $of OR m.duplicate = $of
            WITH m ORDER BY m.at DESC, m.id DESC LIMIT $first
            RETURN\s""" + SUMMARY).withParameters(parameters)
        .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
        .execute().records().stream().map(r -> summary(r.get("merge"))).toList();
  }

  /** The merge, not undone, that folded this id into another entity, if it was one. */
  public Optional<Merge> mergedInto(String id) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> tx.run("""
          MATCH (m:Merge {duplicate: $duplicate}) WHERE m.undoneAt IS NULL
          WITH m ORDER BY m.at DESC LIMIT 1
          RETURN\s""" + SUMMARY, Map.of("duplicate", id)).list().stream().findFirst().map(r -> summary(r.get("merge"))));
    }
  }

  private static MergeRecord record(Record r) {
    var m = r.get("m").asNode();
    return new MergeRecord(summary(r.get("merge")), m.get("duplicateLabels").asList(Value::asString),
        StoredValues.map(m.get("duplicateProperties").asString()),
        StoredValues.list(m.get("links").asString()).stream().map(MovedLink::of).toList(),
        StoredValues.map(m.get("keepBefore").asString()), StoredValues.map(m.get("keepAfter").asString()),
        StoredValues.list(m.get("rewritten").asString()).stream().map(RewrittenProperty::of).toList());
  }

  private static Merge summary(Value m) {
    return new Merge(m.get("id").asString(), m.get("keep").asString(), m.get("duplicate").asString(),
        m.get("duplicateName").asString(), Entity.Kind.valueOf(m.get("kind").asString()), m.get("at").asString(),
        m.get("actor").asString(), m.get("moved").asInt(), m.get("deduplicated").asInt(), m.get("rewrittenCount").asInt(),
        m.get("undoneAt").isNull() ? null : m.get("undoneAt").asString(),
        m.get("undoneBy").isNull() ? null : m.get("undoneBy").asString());
  }
}
