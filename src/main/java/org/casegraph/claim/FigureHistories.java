package org.casegraph.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link FigureHistory} from the figures of one quantity, and the range they still allow.
 *
 * <p>Each figure bounds the quantity from below (its floor) and from above (its cap). A running tally
 * never falls, so every floor given up to the date asked still holds; a cap holds only on the day it
 * was given, so it bounds the tally only when that day is the day asked. Any other quantity keeps
 * every floor and cap whatever the dates. Where two figures conflict ({@link Tally#conflict}), the
 * higher one's floor and the lower one's cap are disputed: the range is drawn from the bounds nobody
 * disputes, and the summary names the claimants whose figures dispute it. No figure is dropped or
 * preferred: each stays in {@code figures}.
 */
final class FigureHistories {

  private FigureHistories() {}

  /**
   * @param asOf the date asked, or null for today
   * @param today the day "now" means when no date is asked
   */
  static FigureHistory of(String eventId, String unit, boolean running, List<String> peopleIds, List<Figure> given,
      @Nullable PartialDate asOf, LocalDate today) {
    var figures = given.stream().sorted(Tally.ORDER).toList();
    var disputedFloors = new HashSet<Figure>();
    var disputedCaps = new HashSet<Figure>();
    var disputing = new HashSet<Figure>();
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        var a = figures.get(i);
        var b = figures.get(j);
        if (Tally.conflict(a, b, running).isPresent()) {
          var higher = Tally.higher(a, b);
          disputedFloors.add(higher);
          disputedCaps.add(higher == a ? b : a);
          disputing.add(a);
          disputing.add(b);
        }
      }
    }
    Figure floor = null;
    Figure cap = null;
    for (var f : figures) {
      var range = f.range();
      if (range.boundedBelow() && !disputedFloors.contains(f) && (floor == null || range.lower() >= floor.range().lower())) {
        floor = f;
      }
      if (range.boundedAbove() && !disputedCaps.contains(f) && capsOnTheDayAsked(f, running, asOf, today)
          && (cap == null || range.upper() < cap.range().upper())) {
        cap = f;
      }
    }
    var latest = latestByClaimant(figures);
    var summary = summary(unit, running, floor, cap, latest, disputing);
    return new FigureHistory(eventId, unit, running, peopleIds, figures, latest,
        floor == null ? null : floor.range().lower(), cap == null ? null : cap.range().upper(), summary);
  }

  /** A running tally's cap holds only on its own day; any other figure's cap holds at any date. */
  private static boolean capsOnTheDayAsked(Figure f, boolean running, @Nullable PartialDate asOf, LocalDate today) {
    if (!running) {
      return true;
    }
    var day = asOf == null ? today : asOf.day() == null ? null : asOf.start();
    return day != null && f.asOf() != null && f.asOf().day() != null && f.asOf().start().equals(day);
  }

  /** Each claimant's last figure in date order (an undated one only when they give no dated one), in date order. */
  private static List<Figure> latestByClaimant(List<Figure> figures) {
    var latest = new LinkedHashMap<String, Figure>();
    for (var f : figures) {
      var kept = latest.get(f.claim().claimantId());
      if (kept == null || kept.asOf() == null || f.asOf() != null) {
        latest.put(f.claim().claimantId(), f);
      }
    }
    return latest.values().stream().sorted(Tally.ORDER).toList();
  }

  private static String summary(String unit, boolean running, @Nullable Figure floor, @Nullable Figure cap,
      List<Figure> latest, Set<Figure> disputing) {
    var words = new StringBuilder(range(unit, floor, cap));
    var basis = floor != null ? floor : cap;
    if (basis != null) {
      words.append(", by ").append(basis.claimantName()).append("'s ").append(dated(basis, running ? "count" : "figure"));
    }
    var named = new ArrayList<String>();
    for (var f : latest) {
      var claimant = f.claim().claimantId();
      var sameClaimant = (floor != null && floor.claim().claimantId().equals(claimant)) || (cap != null && cap.claim().claimantId().equals(claimant));
      if (disputing.contains(f) && !sameClaimant) {
        named.add("%s says %s (%s)".formatted(f.claimantName(), QuantityRange.describe(f.quantity()),
            f.asOf() == null ? "undated" : f.asOf()));
      }
    }
    named.forEach(n -> words.append("; ").append(n));
    if (basis == null && named.isEmpty()) {
      return "no figure given";
    }
    return words.toString();
  }

  private static String range(String unit, @Nullable Figure floor, @Nullable Figure cap) {
    if (floor != null && cap != null) {
      var low = floor.range();
      var high = cap.range();
      if (low.lower() == high.upper() && !low.lowerOpen() && !high.upperOpen()) {
        return "exactly %s %s".formatted(QuantityRange.number(low.lower()), unit);
      }
      return "between %s and %s %s".formatted(QuantityRange.number(low.lower()), QuantityRange.number(high.upper()), unit);
    }
    if (floor != null) {
      return "%s %s %s".formatted(floor.range().lowerOpen() ? "more than" : "at least", QuantityRange.number(floor.range().lower()), unit);
    }
    if (cap != null) {
      return "%s %s %s".formatted(cap.range().upperOpen() ? "less than" : "at most", QuantityRange.number(cap.range().upper()), unit);
    }
    return "the figures disagree";
  }

  /** "count of 2024-11-20", "count published 2024-11-16", "undated count". */
  private static String dated(Figure f, String noun) {
    return switch (f.asOfBasis()) {
      case CLAIMED -> noun + " of " + f.asOf();
      case PUBLISHED -> noun + " published " + f.asOf();
      case UNDATED -> "undated " + noun;
    };
  }
}
