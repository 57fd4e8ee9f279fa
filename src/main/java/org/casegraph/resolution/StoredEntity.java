package org.casegraph.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casegraph.graph.Entity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** A node as stored, read under a write lock so that no other write changes it until the transaction ends. */
record StoredEntity(String id, List<String> labels, Value properties) {

  static Optional<StoredEntity> lock(TransactionContext tx, String id) {
    return tx.run("""
        MATCH (n:Node {id: $id})
        SET n.mergeLock = true REMOVE n.mergeLock
        RETURN labels(n) AS labels, properties(n) AS properties
        """, Map.of("id", id)).list().stream().findFirst()
        .map(r -> new StoredEntity(id, r.get("labels").asList(Value::asString), r.get("properties")));
  }

  Entity.@Nullable Kind kind() {
    if (labels.contains("Person")) return Entity.Kind.PERSON;
    if (labels.contains("Organisation")) return Entity.Kind.ORGANISATION;
    if (labels.contains("Prison")) return Entity.Kind.PRISON;
    return null;
  }

  /** "a person", "an organisation", "a claim": for messages. */
  String described() {
    var label = labels.stream().filter(l -> !l.equals("Node") && !l.equals("Entity")).findFirst().orElse("node").toLowerCase();
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  String name() {
    return properties.get("name").asString();
  }

  List<String> aliases() {
    var aliases = properties.get("aliases");
    return aliases.isNull() ? List.of() : aliases.asList(Value::asString);
  }

  /** The name keys (aliases, aliasText, nameKey) as stored, encoded; null for one that is absent. */
  Map<String, Object> nameKeys() {
    var keys = new LinkedHashMap<String, Object>();
    NameKeys.KEYS.forEach(key -> keys.put(key, StoredValues.encodeValue(properties.get(key))));
    return StoredValues.map(StoredValues.json(keys));
  }
}
