package org.casegraph.graph;

import org.casegraph.charge.Charge;
import org.casegraph.claim.Claim;
import org.casegraph.event.Event;
import org.casegraph.person.Detention;
import org.casegraph.person.Role;
import org.casegraph.source.Source;
import org.casegraph.tie.Tie;

/** What to call a node on a drawing, and what kind it is. */
final class Labels {

  private Labels() {}

  static String label(Identified node) {
    return switch (node) {
      case Entity e -> e.name();
      case Event e -> e.title();
      case Claim c -> c.statement();
      case Charge c -> c.offence();
      case Role r -> r.title();
      case Tie t -> t.relationship() != null ? t.relationship() : t.kind().name().toLowerCase(java.util.Locale.ROOT);
      case Detention d -> "detention";
      case Source s -> s.title();
      default -> node.id();
    };
  }

  static String kind(Identified node) {
    return node.getClass().getSimpleName();
  }
}
