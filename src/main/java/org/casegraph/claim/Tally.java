package org.casegraph.claim;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.casegraph.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * The rule for figures through time.
 *
 * <p>A figure is read as of its date (see {@link Figure}); a partial date is the range of days it
 * covers, so "2024-11-16" is surely before "2024-11-18", while "2024-11" and "2024-11-16" overlap and
 * cannot be ordered. An undated figure cannot be ordered against any other.
 *
 * <p>The count of an event whose kind accumulates ({@link #RUNNING}) is a running tally: it only grows
 * as more people are released, arrested, killed, charged, have their cases reviewed or are granted
 * asylum. Two figures of such a tally conflict only when no non-decreasing tally satisfies both: the
 * earlier one's lower bound exceeds the later one's upper bound ({@link ContradictionKind#DECREASING_COUNT}),
 * or their order is unknown (same day, overlapping or missing dates) and their ranges do not meet
 * ({@link ContradictionKind#SAME_TIME_COUNTS}). Any other figure (a share of the vote, an age, a number
 * of prisons, or a count of an event that does not accumulate) is compared whatever the dates
 * ({@link ContradictionKind#CONFLICTING_COUNTS}).
 */
final class Tally {

  /** Kinds of event whose count of people only grows as reports come in. */
  static final Set<Event.Kind> RUNNING = EnumSet.of(Event.Kind.RELEASE, Event.Kind.ARREST, Event.Kind.KILLING,
      Event.Kind.CHARGING, Event.Kind.CASE_REVIEW, Event.Kind.ASYLUM);

  /** What a running event counts when the event gives no count of its own. */
  static final String PEOPLE = "people";

  /** Date order: earlier first day first, the vaguer date first at the same first day, undated last; then by claim. */
  static final Comparator<Figure> ORDER = Comparator.comparing(Figure::asOf, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(f -> f.claim().id());

  private Tally() {}

  /**
   * Whether figures in this unit are a running tally of an event of this kind: the kind accumulates and
   * the unit is what the event counts (its own count's unit, else people). "4 prisons" on a release of
   * 107 people is not a tally of the release.
   */
  static boolean running(Event.Kind kind, String unit, @Nullable String eventCountUnit) {
    return RUNNING.contains(kind) && unit.equals(eventCountUnit == null ? PEOPLE : eventCountUnit);
  }

  /** Whether {@code a} was surely given before {@code b}: both dated, a's last day before b's first. */
  static boolean before(Figure a, Figure b) {
    return a.asOf() != null && b.asOf() != null && a.asOf().end().isBefore(b.asOf().start());
  }

  /** The kind of conflict between two figures of one quantity, if they cannot both be true. */
  static Optional<ContradictionKind> conflict(Figure a, Figure b, boolean running) {
    if (!running) {
      return a.range().meets(b.range()) ? Optional.empty() : Optional.of(ContradictionKind.CONFLICTING_COUNTS);
    }
    if (before(a, b) || before(b, a)) {
      var earlier = before(a, b) ? a : b;
      var later = earlier == a ? b : a;
      return earlier.range().above(later.range()) ? Optional.of(ContradictionKind.DECREASING_COUNT) : Optional.empty();
    }
    return a.range().meets(b.range()) ? Optional.empty() : Optional.of(ContradictionKind.SAME_TIME_COUNTS);
  }

  /** Of two conflicting figures, the one whose range lies wholly above the other's. */
  static Figure higher(Figure a, Figure b) {
    return a.range().above(b.range()) ? a : b;
  }
}
