package org.casegraph.event;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** Something that happened: an election, protests, arrests, a release. */
public record Event(String id, Kind kind, String title, @Nullable PartialDate date, @Nullable String prisonId,
    @Nullable Quantity count) implements Identified {

  public enum Kind { ELECTION, PROTEST, ARREST, RELEASE, KILLING, CHARGING, CASE_REVIEW, ASYLUM, ANNOUNCEMENT,
    INAUGURATION, OTHER }

  public static Event from(MapAccessor n) {
    return new Event(Props.string(n, "id"), Kind.valueOf(Props.string(n, "kind")), Props.string(n, "title"),
        Props.date(n, "date"), Props.nullableString(n, "prison"), Props.quantity(n, "count"));
  }
}
