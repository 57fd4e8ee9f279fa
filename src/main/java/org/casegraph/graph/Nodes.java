package org.casegraph.graph;

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

  public static Entity entity(Node node) {
    if (map(node) instanceof Entity entity) {
      return entity;
    }
    throw new IllegalStateException("Expected a person, organisation or prison, found " + node.labels());
  }
}
