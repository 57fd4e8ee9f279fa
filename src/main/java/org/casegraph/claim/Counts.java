package org.casegraph.claim;

import org.casegraph.event.Event;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/**
 * Whether two figures of one event cannot both be true, as {@code contradictions} decides it (see
 * {@link Tally}): for other packages that mark what a contradiction touches, such as the edges of a graph view.
 */
public final class Counts {

  private Counts() {}

  /**
   * Two claims with quantities, each with its source's publication date, reporting one event of this
   * kind whose own count is in {@code eventCountUnit} (null: people).
   */
  public static boolean cannotBothBeTrue(MapAccessor a, @Nullable String aPublishedOn, MapAccessor b,
      @Nullable String bPublishedOn, Event.Kind eventKind, @Nullable String eventCountUnit) {
    var first = Figure.of(Claim.from(a), PartialDate.parseNullable(aPublishedOn), "");
    var second = Figure.of(Claim.from(b), PartialDate.parseNullable(bPublishedOn), "");
    if (!first.unit().equals(second.unit())) {
      return false;
    }
    return Tally.conflict(first, second, Tally.running(eventKind, first.unit(), eventCountUnit)).isPresent();
  }
}
