package org.casegraph.generator;

import java.util.ArrayList;
import java.util.List;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;

/**
 * The figures different claimants give for one count. Most agree with the actual number (the same
 * number, a rounder one, a lower bound); some cannot be true together with it ("107" against "more
 * than 130"). Whether two figures conflict is read from the ranges they allow.
 */
final class Figures {

  /** The values a figure allows: EXACT v is [v, v], MORE_THAN v is (v, ∞), APPROXIMATELY v is [0.9v, 1.1v]… */
  record Range(double low, boolean lowOpen, double high, boolean highOpen) {

    static Range of(Quantity q) {
      var v = q.value();
      return switch (q.qualifier()) {
        case EXACT -> new Range(v, false, v, false);
        case AT_LEAST -> new Range(v, false, Double.POSITIVE_INFINITY, true);
        case MORE_THAN -> new Range(v, true, Double.POSITIVE_INFINITY, true);
        case AT_MOST -> new Range(Double.NEGATIVE_INFINITY, true, v, false);
        case APPROXIMATELY -> new Range(0.9 * v, false, 1.1 * v, false);
      };
    }

    boolean endsBefore(Range other) {
      return high < other.low || (high == other.low && (highOpen || other.lowOpen));
    }
  }

  private Figures() {}

  /** True when no number satisfies both figures: they cannot both be true. */
  static boolean conflict(Quantity a, Quantity b) {
    if (!a.unit().equals(b.unit())) {
      return false;
    }
    var ra = Range.of(a);
    var rb = Range.of(b);
    return ra.endsBefore(rb) || rb.endsBefore(ra);
  }

  /** One figure per reporter; the first is the headline, compatible with the actual number. */
  static List<Quantity> reported(Draft d, int actual, String unit, int reporters, double conflicting) {
    var figures = new ArrayList<Quantity>();
    figures.add(actual >= 50 && d.chance(0.2) ? q(roundTo(actual, 10), unit, QuantityQualifier.APPROXIMATELY)
        : q(actual, unit, QuantityQualifier.EXACT));
    for (int i = 1; i < reporters; i++) {
      figures.add(d.chance(conflicting) ? conflicting(d, actual, unit) : compatible(d, actual, unit));
    }
    return figures;
  }

  private static Quantity compatible(Draft d, int actual, String unit) {
    var draw = d.random.nextDouble();
    if (draw < 0.35 && actual > 1) {
      var below = actual > 20 ? (actual - 1) / 10 * 10 : actual - 1;
      return q(below, unit, QuantityQualifier.MORE_THAN);
    }
    if (draw < 0.5) {
      return q(actual > 20 ? actual / 10 * 10 : actual, unit, QuantityQualifier.AT_LEAST);
    }
    if (draw < 0.7 && actual >= 50) {
      return q(roundTo(actual, 10), unit, QuantityQualifier.APPROXIMATELY);
    }
    return q(actual, unit, QuantityQualifier.EXACT);
  }

  private static Quantity conflicting(Draft d, int actual, String unit) {
    var draw = d.random.nextDouble();
    if (draw < 0.4) {
      var higher = d.random.nextBoolean() || actual < 3;
      var shift = Math.max(1, (int) Math.round(actual * (0.15 + 0.35 * d.random.nextDouble())));
      return q(higher ? actual + shift : actual - shift, unit, QuantityQualifier.EXACT);
    }
    if (draw < 0.75) {
      var above = actual >= 20 ? roundTo((int) Math.ceil(actual * (1.15 + 0.25 * d.random.nextDouble())), 10) : actual + d.between(1, 5);
      return q(Math.max(above, actual + 1), unit, QuantityQualifier.MORE_THAN);
    }
    var below = (int) Math.floor(actual * (0.4 + 0.4 * d.random.nextDouble()));
    return actual < 2 ? q(actual + d.between(2, 6), unit, QuantityQualifier.AT_LEAST)
        : q(Math.min(below, actual - 1), unit, QuantityQualifier.AT_MOST);
  }

  private static int roundTo(int value, int step) {
    return Math.round(value / (float) step) * step;
  }

  private static Quantity q(int value, String unit, QuantityQualifier qualifier) {
    return new Quantity(value, unit, qualifier);
  }
}
