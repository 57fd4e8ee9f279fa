package org.casegraph.person;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** A period a person was held, in a prison where the source names one. */
public record Detention(String id, String personId, @Nullable String prisonId,
    @Nullable PartialDate since, @Nullable PartialDate until) implements Identified {

  public static Detention from(MapAccessor n) {
    return new Detention(Props.string(n, "id"), Props.string(n, "person"), Props.nullableString(n, "prison"),
        Props.date(n, "since"), Props.date(n, "until"));
  }
}
