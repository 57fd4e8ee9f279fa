package org.casegraph.source;

import org.casegraph.graph.Identified;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** A document that claims come from. */
public record Source(String id, String title, @Nullable String publisher, @Nullable String url,
    @Nullable PartialDate publishedOn, boolean publishedOnInferred, @Nullable String note, boolean restricted)
    implements Identified {

  public static Source from(MapAccessor n) {
    return new Source(Props.string(n, "id"), Props.string(n, "title"), Props.nullableString(n, "publisher"),
        Props.nullableString(n, "url"), Props.date(n, "publishedOn"), Props.flag(n, "publishedOnInferred"),
        Props.nullableString(n, "note"), Props.flag(n, "restricted"));
  }
}
