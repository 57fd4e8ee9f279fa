package org.casegraph.claim;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** One fact as someone stated it, in a source. */
public record Claim(String id, String statement, @Nullable String quote, String claimantId, String sourceId,
    @Nullable PartialDate claimedOn, @Nullable String eventId, @Nullable Quantity quantity) implements Identified {

  public static Claim from(MapAccessor n) {
    return new Claim(Props.string(n, "id"), Props.string(n, "statement"), Props.nullableString(n, "quote"),
        Props.string(n, "claimant"), Props.string(n, "source"), Props.date(n, "claimedOn"),
        Props.nullableString(n, "event"), Props.quantity(n, "quantity"));
  }
}
