package org.casegraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casegraph.charge.Charge;
import org.casegraph.claim.Claim;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation;
import org.casegraph.person.Detention;
import org.casegraph.person.Person;
import org.casegraph.person.Role;
import org.casegraph.prison.Prison;
import org.casegraph.source.Source;
import org.casegraph.tie.Tie;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/** Turns a stored node of any kind into its record, by its label. */
public final class Nodes {

  private Nodes() {}

  public static Identified map(Node node) {
    if (node.hasLabel("Person")) return Person.from(node);
    if (node.hasLabel("Organisation")) return Organisation.from(node);
    if (node.hasLabel("Prison")) return Prison.from(node);
    if (node.hasLabel("Claim")) return Claim.from(node);
    if (node.hasLabel("Event")) return Event.from(node);
    if (node.hasLabel("Charge")) return Charge.from(node);
    if (node.hasLabel("Detention")) return Detention.from(node);
    if (node.hasLabel("Role")) return Role.from(node);
    if (node.hasLabel("Tie")) return Tie.from(node);
    if (node.hasLabel("Source")) return Source.from(node);
    throw new IllegalStateException("A stored node has none of the known labels: " + node.labels());
  }

  /** The key under which {@link #projection} names the node's kind: no stored property is called so. */
  private static final String KIND = "__kind";

  /** Each kind's label and the properties its record reads, in the order {@link #map(Node)} tests labels. */
  private static final Map<String, List<String>> KEYS = kinds();

  private static Map<String, List<String>> kinds() {
    var keys = new LinkedHashMap<String, List<String>>();
    keys.put("Person", Person.KEYS);
    keys.put("Organisation", Organisation.KEYS);
    keys.put("Prison", Prison.KEYS);
    keys.put("Claim", Claim.KEYS);
    keys.put("Event", Event.KEYS);
    keys.put("Charge", Charge.KEYS);
    keys.put("Detention", Detention.KEYS);
    keys.put("Role", Role.KEYS);
    keys.put("Tie", Tie.KEYS);
    keys.put("Source", Source.KEYS);
    return Collections.unmodifiableMap(keys);
  }

  /**
   * A Cypher expression of the node {@code variable} with only what its record reads, and its kind, for
   * {@link #projected(MapAccessor)}: a read returning many nodes sends neither their derived search keys nor
   * their element ids and labels.
   */
  public static String projection(String variable) {
    var cases = new StringBuilder("CASE");
    KEYS.forEach((label, keys) -> cases.append(" WHEN %s:%s THEN %1$s {%s, %s: '%2$s'}".formatted(variable, label,
        keys.stream().map(k -> "." + k).collect(Collectors.joining(", ")), KIND)));
    return cases.append(" END").toString();
  }

  /** A node as {@link #projection} returns it, as its record. */
  public static Identified projected(MapAccessor projected) {
    return switch (projected.get(KIND).asString()) {
      case "Person" -> Person.from(projected);
      case "Organisation" -> Organisation.from(projected);
      case "Prison" -> Prison.from(projected);
      case "Claim" -> Claim.from(projected);
      case "Event" -> Event.from(projected);
      case "Charge" -> Charge.from(projected);
      case "Detention" -> Detention.from(projected);
      case "Role" -> Role.from(projected);
      case "Tie" -> Tie.from(projected);
      case "Source" -> Source.from(projected);
      default -> throw new IllegalStateException("Not a kind of node: " + projected.get(KIND));
    };
  }

  public static Entity entity(Node node) {
    if (map(node) instanceof Entity entity) {
      return entity;
    }
    throw new IllegalStateException("Expected a person, organisation or prison, found " + node.labels());
  }
}
