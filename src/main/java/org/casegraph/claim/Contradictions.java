package org.casegraph.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds claims that cannot all be true: those the data links by {@code contradicts}, and those the
 * graph shows in conflict itself, namely figures of one quantity of an event (same unit, about the same
 * people) that cannot both hold given their dates (see {@link Tally}). Finding a contradiction changes
 * no claim.
 */
@Service
class Contradictions {

  /** How many events with figures are weighed per request, at most. */
  static final int EVENTS = 5_000;

  private final ClaimRepository claims;

  Contradictions(ClaimRepository claims) {
    this.claims = claims;
  }

  List<Contradiction> find(@Nullable String about, @Nullable PartialDate asOf, int first) {
    var found = new ArrayList<Contradiction>();
    var seen = new LinkedHashSet<List<String>>();
    for (var pair : claims.linkedContradictions(about, asOf, first)) {
      seen.add(List.of(pair.first().id(), pair.second().id()));
      found.add(new Contradiction(List.of(pair.first(), pair.second()), ContradictionKind.RECORDED,
          "Recorded as contradicting: %s says \u201c%s\u201d; %s says \u201c%s\u201d".formatted(
              pair.firstClaimant(), pair.first().statement(), pair.secondClaimant(), pair.second().statement())));
    }
    for (var quantity : quantities(claims.figuresToCompare(about, asOf, EVENTS))) {
      for (int i = 0; i < quantity.size() && found.size() < first; i++) {
        for (int j = i + 1; j < quantity.size() && found.size() < first; j++) {
          var a = quantity.get(i);
          var b = quantity.get(j);
          if (!a.touches() && !b.touches()) {
            continue;
          }
          var running = Tally.running(a.eventKind(), a.figure().unit(), a.eventCountUnit());
          var kind = Tally.conflict(a.figure(), b.figure(), running);
          if (kind.isPresent() && seen.add(List.of(a.figure().claim().id(), b.figure().claim().id()))) {
            found.add(counts(a, b, kind.get()));
          }
        }
      }
    }
    return found.size() > first ? found.subList(0, first) : found;
  }

  /** The figures grouped by what they count: event, unit and the people they are about; each group in claim id order. */
  private static Iterable<List<ClaimRepository.FigureRow>> quantities(List<ClaimRepository.FigureRow> rows) {
    var groups = new LinkedHashMap<List<Object>, List<ClaimRepository.FigureRow>>();
    for (var row : rows) {
      groups.computeIfAbsent(List.of(row.eventId(), row.figure().unit(), row.peopleIds()), k -> new ArrayList<>()).add(row);
    }
    return groups.values();
  }

  private static Contradiction counts(ClaimRepository.FigureRow a, ClaimRepository.FigureRow b, ContradictionKind kind) {
    var first = a.figure();
    var second = b.figure();
    if (kind == ContradictionKind.DECREASING_COUNT && Tally.before(second, first)) {
      first = b.figure();
      second = a.figure();
    }
    var event = a.eventTitle();
    var reason = switch (kind) {
      case DECREASING_COUNT -> "Counts that cannot both be true for \u201c%s\u201d, since a running count does not go down: %s; later, %s"
          .formatted(event, says(first), says(second));
      case SAME_TIME_COUNTS -> "Counts that cannot both be true for \u201c%s\u201d %s: %s; %s"
          .formatted(event, sameTime(first, second), says(first), says(second));
      case CONFLICTING_COUNTS -> "Counts that cannot both be true for \u201c%s\u201d, whatever their dates: %s; %s"
          .formatted(event, says(first), says(second));
      case RECORDED -> throw new IllegalArgumentException("a recorded contradiction is not found from counts");
    };
    return new Contradiction(List.of(first.claim(), second.claim()), kind, reason);
  }

  private static String says(Figure f) {
    return "%s says %s %s".formatted(f.claimantName(), QuantityRange.describe(f.quantity()), f.when());
  }

  private static String sameTime(Figure a, Figure b) {
    if (a.asOf() == null || b.asOf() == null) {
      return "when one of them is undated, so that which came first is unknown";
    }
    if (a.asOf().day() != null && a.asOf().equals(b.asOf())) {
      return "on the same day";
    }
    return "on dates that overlap, so that which came first is unknown";
  }
}
