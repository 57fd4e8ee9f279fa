package org.casegraph.tie;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/**
 * A relationship between two entities that a role does not describe: one owns the other, they are family
 * or associates, or a link of a kind the data set does not say. A fact like a role: stored as a node
 * {@code (:Tie)} with {@code -[:OF]->} the first party and {@code -[:IN]->} the second, asserted by claims.
 */
public record Tie(String id, Kind kind, String fromId, String toId, @Nullable String relationship,
    @Nullable String percentage, @Nullable PartialDate since, @Nullable PartialDate until) implements Identified {

  /** What kind of tie, as FollowTheMoney names its schemata. */
  public enum Kind { OWNERSHIP, FAMILY, ASSOCIATE, UNKNOWN, MEMBERSHIP, EMPLOYMENT, DIRECTORSHIP }

  public static Tie from(MapAccessor n) {
    return new Tie(Props.string(n, "id"), Kind.valueOf(Props.string(n, "kind")), Props.string(n, "from"),
        Props.string(n, "to"), Props.nullableString(n, "relationship"), Props.nullableString(n, "percentage"),
        Props.date(n, "since"), Props.date(n, "until"));
  }
}
