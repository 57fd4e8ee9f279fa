package org.casegraph.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.audit.AuditTrail;
import org.casegraph.security.Restrictions;
import org.casegraph.security.Viewer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Undoes a merge in one audited transaction: the duplicate comes back with its labels and properties,
 * its relationships leave keep for it again, the properties rewritten to name keep name it again, and
 * keep loses the aliases the merge gave it. Refused, with the reason, when the graph has since changed
 * in a way that would make the result differ from what was there.
 */
@Service
class EntityUnmerger {

  private final AuditTrail audit;
  private final Merges merges;

  EntityUnmerger(AuditTrail audit, Merges merges) {
    this.audit = audit;
    this.merges = merges;
  }

  Merge unmerge(@Nullable String mergeId, @Nullable String duplicateId) {
    if ((mergeId == null) == (duplicateId == null)) {
      throw new BadRequestException("give either merge (the merge's id) or duplicate (the id of the entity merged away), not both");
    }
    return audit.write("unmergeEntities", (tx, change) -> {
      var id = mergeId != null ? mergeId : merges.activeFor(tx, duplicateId).map(Merge::id)
          .orElseThrow(() -> new NotFoundException("'%s' is not merged into any entity".formatted(duplicateId)));
      var record = merges.find(tx, id).orElseThrow(() -> new NotFoundException("There is no merge with id '%s'".formatted(id)));
      var merge = record.merge();
      if (merge.undoneAt() != null) {
        throw new BadRequestException("%s was already undone, at %s by %s".formatted(id, merge.undoneAt(), merge.undoneBy()));
      }
      var keep = refuseIfUnsafe(tx, record);
      change.touch(merge.keep(), merge.duplicate())
          .touch(record.links().stream().map(MovedLink::other).toList())
          .touch(record.rewritten().stream().map(RewrittenProperty::node).toList());
      restore(tx, record, keep);
      var restored = new java.util.ArrayList<String>(List.of(merge.keep(), merge.duplicate()));
      record.links().forEach(l -> restored.add(l.other()));
      Restrictions.refreshNodes(tx, restored);
      return merges.markUndone(tx, id, Viewer.name());
    });
  }

  private StoredEntity refuseIfUnsafe(TransactionContext tx, MergeRecord record) {
    var merge = record.merge();
    var keep = StoredEntity.lock(tx, merge.keep()).orElseThrow(() -> refusal(merge, merges.activeFor(tx, merge.keep())
        .map(m -> "'%s' has since been merged into '%s' (%s); undo that first".formatted(merge.keep(), m.keep(), m.id()))
        .orElse("'%s' no longer exists".formatted(merge.keep()))));
    merges.laterInto(tx, merge.id()).ifPresent(later -> {
      throw refusal(merge, "'%s' was merged into '%s' after it (%s); undo that first".formatted(later.duplicate(), merge.keep(), later.id()));
    });
    if (!tx.run("MATCH (n:Node {id: $id}) RETURN n.id", Map.of("id", merge.duplicate())).list().isEmpty()) {
      throw refusal(merge, "a node with id '%s' exists again (created or imported since the merge)".formatted(merge.duplicate()));
    }
    var links = record.links();
    var found = tx.run("""
        MATCH (k:Node {id: $keep})
        UNWIND range(0, size($links) - 1) AS i
        WITH k, i, $links[i] AS l
        OPTIONAL MATCH (o:Node {id: l.other})
        RETURN i, o IS NOT NULL AS present,
          CASE WHEN o IS NULL OR l.deduplicated THEN true
               WHEN l.out THEN EXISTS { MATCH (k)-[x]->(o) WHERE type(x) = l.type AND properties(x) = l.properties }
               ELSE EXISTS { MATCH (k)<-[x]-(o) WHERE type(x) = l.type AND properties(x) = l.properties } END AS onKeep
        ORDER BY i
        """, Map.of("keep", merge.keep(), "links", links.stream().map(MovedLink::parameter).toList())).list();
    for (var r : found) {
      var link = links.get(r.get("i").asInt());
      if (!r.get("present").asBoolean()) {
        throw refusal(merge, "'%s', at the other end of %s, no longer exists".formatted(link.other(), link.describe(merge.keep())));
      }
      if (!r.get("onKeep").asBoolean()) {
        throw refusal(merge, "the relationship %s has changed or gone since the merge".formatted(link.describe(merge.keep())));
      }
    }
    var rewritten = record.rewritten();
    var unchanged = tx.run("""
        UNWIND range(0, size($rows) - 1) AS i
        WITH i, $rows[i] AS w
        OPTIONAL MATCH (n:Node {id: w.node})
        RETURN i, coalesce(n[w.key] = w.after, false) AS unchanged
        ORDER BY i
        """, Map.of("rows", rewritten.stream().map(w -> rewrite(w, w.after())).toList())).list();
    for (var r : unchanged) {
      if (!r.get("unchanged").asBoolean()) {
        var w = rewritten.get(r.get("i").asInt());
        throw refusal(merge, "the %s of '%s' has changed or gone since the merge".formatted(w.key(), w.node()));
      }
    }
    return keep;
  }

  private static void restore(TransactionContext tx, MergeRecord record, StoredEntity keep) {
    var merge = record.merge();
    tx.run("CREATE (d:$($labels)) SET d = $properties",
        Map.of("labels", record.duplicateLabels(), "properties", StoredValues.decode(record.duplicateProperties())));
    tx.run("""
        MATCH (k:Node {id: $keep}), (d:Node {id: $duplicate})
        UNWIND $links AS l
        MATCH (o:Node {id: l.other})
        CALL (k, o, l) {
          WITH * WHERE l.out AND NOT l.deduplicated
          MATCH (k)-[x]->(o) WHERE type(x) = l.type AND properties(x) = l.properties
          WITH x LIMIT 1
          DELETE x
        }
        CALL (k, o, l) {
          WITH * WHERE NOT l.out AND NOT l.deduplicated
          MATCH (k)<-[x]-(o) WHERE type(x) = l.type AND properties(x) = l.properties
          WITH x LIMIT 1
          DELETE x
        }
        CALL (d, o, l) {
          WITH * WHERE l.out
          CREATE (d)-[x:$(l.type)]->(o) SET x = l.properties
        }
        CALL (d, o, l) {
          WITH * WHERE NOT l.out
          CREATE (d)<-[x:$(l.type)]-(o) SET x = l.properties
        }
        """, Map.of("keep", merge.keep(), "duplicate", merge.duplicate(),
        "links", record.links().stream().map(MovedLink::parameter).toList())).consume();
    tx.run("UNWIND $rows AS row MATCH (n:Node {id: row.node}) SET n += row.set",
        Map.of("rows", record.rewritten().stream().map(w -> rewrite(w, w.before())).toList())).consume();
    tx.run("MATCH (k:Node {id: $id}) SET k += $keys", Map.of("id", merge.keep(), "keys", keepKeys(record, keep))).consume();
  }

  /**
   * Keep's name keys as they were, when nothing changed them since the merge; else keep's aliases now
   * without those the merge added, so that later edits survive.
   */
  private static Map<String, @Nullable Object> keepKeys(MergeRecord record, StoredEntity keep) {
    if (keep.nameKeys().equals(record.keepAfter())) {
      return StoredValues.decode(record.keepBefore());
    }
    var added = new ArrayList<>(aliases(record.keepAfter()));
    added.removeAll(aliases(record.keepBefore()));
    var aliases = new ArrayList<>(keep.aliases());
    aliases.removeAll(added);
    return new HashMap<>(NameKeys.of(keep.name(), aliases));
  }

  @SuppressWarnings("unchecked")
  private static List<String> aliases(Map<String, Object> keys) {
    var aliases = StoredValues.decodeValue(keys.get("aliases"));
    return aliases == null ? List.of() : (List<String>) aliases;
  }

  private static Map<String, Object> rewrite(RewrittenProperty w, Object value) {
    var set = new HashMap<String, @Nullable Object>();
    set.put(w.key(), StoredValues.decodeValue(value));
    return Map.of("node", w.node(), "key", w.key(), "after", StoredValues.decodeValue(w.after()), "set", set);
  }

  private static BadRequestException refusal(Merge merge, String reason) {
    return new BadRequestException("Cannot undo %s ('%s' into '%s'): %s".formatted(merge.id(), merge.duplicate(), merge.keep(), reason));
  }
}
