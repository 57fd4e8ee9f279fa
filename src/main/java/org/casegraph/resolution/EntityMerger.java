package org.casegraph.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.casegraph.audit.AuditTrail;
import org.casegraph.security.Restrictions;
import org.casegraph.security.Viewer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Service;

/**
 * Folds a duplicate into the entity kept, in one audited transaction: every relationship of the
 * duplicate moves to keep (one keep already has is dropped), properties elsewhere that name the duplicate
 * name keep, keep gains the duplicate's name and aliases as aliases, and the duplicate is deleted. All of
 * it is recorded so that {@link EntityUnmerger} can put it back.
 */
@Service
class EntityMerger {

  private final AuditTrail audit;
  private final Merges merges;

  EntityMerger(AuditTrail audit, Merges merges) {
    this.audit = audit;
    this.merges = merges;
  }

  Merge merge(String keepId, String duplicateId) {
    if (keepId.equals(duplicateId)) {
      throw new BadRequestException("keep and duplicate are both '%s': name two different entities".formatted(keepId));
    }
    return audit.write("mergeEntities", (tx, change) -> {
      var keep = existing(tx, keepId, "keep");
      var duplicate = existing(tx, duplicateId, "duplicate");
      for (var entity : List.of(keep, duplicate)) {
        if (entity.kind() == null) {
          throw new BadRequestException("'%s' is %s, not a person, organisation or prison: only entities can be merged"
              .formatted(entity.id(), entity.described()));
        }
      }
      if (keep.kind() != duplicate.kind()) {
        throw new BadRequestException("'%s' is %s and '%s' is %s: only entities of the same kind can be merged"
            .formatted(keepId, keep.described(), duplicateId, duplicate.described()));
      }
      var around = neighbours(tx, duplicateId);
      change.touch(keepId, duplicateId).touch(around);
      var rewritten = rewriteReferences(tx, duplicateId, keepId);
      var links = moveLinks(tx, keepId, duplicateId);
      var aliases = new ArrayList<>(keep.aliases());
      Stream.concat(Stream.of(duplicate.name()), duplicate.aliases().stream())
          .filter(alias -> !alias.equals(keep.name()) && !aliases.contains(alias))
          .forEach(aliases::add);
      tx.run("MATCH (k:Node {id: $id}) SET k += $keys", Map.of("id", keepId, "keys", NameKeys.of(keep.name(), aliases)));
      tx.run("MATCH (d:Node {id: $id}) DETACH DELETE d", Map.of("id", duplicateId));
      Restrictions.refreshNodes(tx, Stream.concat(Stream.of(keepId), around.stream()).toList());
      var keepAfter = StoredEntity.lock(tx, keepId).orElseThrow().nameKeys();
      var moved = (int) links.stream().filter(l -> !l.deduplicated()).count();
      var merge = new Merge("merge:" + UUID.randomUUID(), keepId, duplicateId, duplicate.name(), keep.kind(), "",
          Viewer.name(), moved, links.size() - moved, rewritten.size(), null, null);
      return merges.save(tx, new MergeRecord(merge, duplicate.labels(), StoredValues.encode(duplicate.properties()),
          links, keep.nameKeys(), keepAfter, rewritten));
    });
  }

  private StoredEntity existing(TransactionContext tx, String id, String role) {
    return StoredEntity.lock(tx, id).orElseThrow(() -> merges.activeFor(tx, id)
        .<RuntimeException>map(m -> new BadRequestException(role.equals("duplicate")
            ? "'%s' has already been merged into '%s' (%s)".formatted(id, m.keep(), m.id())
            : "'%s' has been merged into '%s' (%s): keep '%s' instead".formatted(id, m.keep(), m.id(), m.keep())))
        .orElseGet(() -> new NotFoundException("There is no entity with id '%s' (the %s)".formatted(id, role))));
  }

  private static List<String> neighbours(TransactionContext tx, String id) {
    return tx.run("MATCH (:Node {id: $id})--(o:Node) RETURN collect(DISTINCT o.id) AS ids", Map.of("id", id))
        .single().get("ids").asList(Value::asString);
  }

  /** Properties of the duplicate's neighbours that hold its id (a claim's claimant, a detention's person…). */
  private static List<RewrittenProperty> rewriteReferences(TransactionContext tx, String duplicateId, String keepId) {
    var rewritten = new ArrayList<RewrittenProperty>();
    var updates = new ArrayList<Map<String, Object>>();
    tx.run("""
        MATCH (d:Node {id: $duplicate})--(n:Node) WHERE n <> d
        WITH DISTINCT n
        UNWIND keys(n) AS key
        WITH n, key, n[key] AS value
        WHERE CASE WHEN value IS :: LIST<ANY> THEN $duplicate IN value ELSE value = $duplicate END
        RETURN n.id AS node, key, value
        ORDER BY node, key
        """, Map.of("duplicate", duplicateId)).list().forEach(r -> {
          var value = r.get("value");
          Object after = StoredValues.isList(value)
              ? value.asList(Value::asObject).stream().map(v -> duplicateId.equals(v) ? keepId : v).toList()
              : keepId;
          var node = r.get("node").asString();
          var key = r.get("key").asString();
          rewritten.add(new RewrittenProperty(node, key, StoredValues.encodeValue(value), StoredValues.encodeValue(Values.value(after))));
          updates.add(Map.of("node", node, "set", Map.of(key, after)));
        });
    tx.run("UNWIND $rows AS row MATCH (n:Node {id: row.node}) SET n += row.set", Map.of("rows", updates));
    return rewritten;
  }

  private static List<MovedLink> moveLinks(TransactionContext tx, String keepId, String duplicateId) {
    return tx.run("""
        MATCH (k:Node {id: $keep}), (d:Node {id: $duplicate})
        MATCH (d)-[r]-(o:Node) WHERE o <> d
        WITH k, o, startNode(r) = d AS out, type(r) AS type, properties(r) AS properties
        WITH k, o, out, type, properties,
          CASE WHEN out THEN EXISTS { MATCH (k)-[x]->(o) WHERE type(x) = type AND properties(x) = properties }
               ELSE EXISTS { MATCH (k)<-[x]-(o) WHERE type(x) = type AND properties(x) = properties } END AS deduplicated
        CALL (k, o, out, type, properties, deduplicated) {
          WITH * WHERE out AND NOT deduplicated
          CREATE (k)-[x:$(type)]->(o) SET x = properties
        }
        CALL (k, o, out, type, properties, deduplicated) {
          WITH * WHERE NOT out AND NOT deduplicated
          CREATE (k)<-[x:$(type)]-(o) SET x = properties
        }
        RETURN type, out, o.id AS other, properties, deduplicated
        ORDER BY type, out, other
        """, Map.of("keep", keepId, "duplicate", duplicateId)).list(r -> new MovedLink(r.get("type").asString(),
        r.get("out").asBoolean(), r.get("other").asString(), StoredValues.encode(r.get("properties")),
        r.get("deduplicated").asBoolean()));
  }
}
