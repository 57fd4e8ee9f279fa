package org.casegraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casegraph.support.BadRequestException;

/**
 * The kinds of edge in the {@link GraphView#FACTS} view, each with the Cypher that steps from a node
 * {@code x} to its neighbours {@code y} through such a fact. The patterns are fixed here, never built from input.
 */
enum FactType {
  /** A person's role in an organisation: person → organisation. */
  ROLE("roles", "MATCH (x)<-[:OF|IN]-(:Role&!Restricted)-[:OF|IN]->(y:Node&!Restricted)"),
  /** A person's detention in a prison: person → prison. */
  DETENTION("detentions", "MATCH (x)<-[:OF|AT]-(:Detention&!Restricted)-[:OF|AT]->(y:Node&!Restricted) WHERE y <> x"),
  /** A charge against a person: person → charge. */
  CHARGE("charges", "MATCH (x)-[:AGAINST]-(y:Node&!Restricted)"),
  /** An entity taking part in an event: entity → event. */
  PARTICIPATION("participations", "MATCH (x)-[:PARTICIPATED_IN]-(y:Node&!Restricted)"),
  /** An event at a prison: event → prison. */
  AT("events at a prison", "MATCH (x)-[:AT]-(y:Event|Prison) WHERE y:Node&!Restricted");

  final String label;
  final String step;

  FactType(String label, String step) {
    this.label = label;
    this.step = step;
  }

  /** Every neighbour {@code y} of {@code x} through facts of these types, as the body of a {@code CALL (x)}. */
  static String neighbours(List<FactType> types) {
    return String.join("\nUNION\n", types.stream().map(t -> t.step + " RETURN y").toList());
  }

  /** The types named, all when none are; a name that is not a type is refused with the list of those that are. */
  static List<FactType> parse(List<String> names) {
    if (names.isEmpty()) {
      return List.of(values());
    }
    return names.stream().map(name -> {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("'%s' is not a fact type of the FACTS view; the types are %s"
            .formatted(name, Arrays.toString(values())));
      }
    }).distinct().toList();
  }
}
