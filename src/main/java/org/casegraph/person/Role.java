package org.casegraph.person;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** A position a person holds in an organisation. */
public record Role(String id, String personId, String organisationId, String title,
    @Nullable PartialDate since, @Nullable PartialDate until) implements Identified {

  public static Role from(MapAccessor n) {
    return new Role(Props.string(n, "id"), Props.string(n, "person"), Props.string(n, "organisation"),
        Props.string(n, "title"), Props.date(n, "since"), Props.date(n, "until"));
  }
}
