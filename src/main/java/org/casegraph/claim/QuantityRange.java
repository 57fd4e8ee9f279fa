package org.casegraph.claim;

import org.casegraph.support.Quantity;

/**
 * The values a quantity allows: EXACT 50 is [50, 50], MORE_THAN 1800 is (1800, ∞), AT_MOST 10 is
 * (-∞, 10], and APPROXIMATELY 45 is taken as within 10% either way, [40.5, 49.5]. Two claims whose
 * ranges do not meet cannot both be true.
 */
record QuantityRange(double lower, boolean lowerOpen, double upper, boolean upperOpen) {

  static final double APPROXIMATION = 0.10;

  static QuantityRange of(Quantity q) {
    var v = q.value();
    return switch (q.qualifier()) {
      case EXACT -> new QuantityRange(v, false, v, false);
      case AT_LEAST -> new QuantityRange(v, false, Double.POSITIVE_INFINITY, true);
      case MORE_THAN -> new QuantityRange(v, true, Double.POSITIVE_INFINITY, true);
      case AT_MOST -> new QuantityRange(Double.NEGATIVE_INFINITY, true, v, false);
      case APPROXIMATELY -> new QuantityRange(v - Math.abs(v) * APPROXIMATION, false, v + Math.abs(v) * APPROXIMATION, false);
    };
  }

  boolean meets(QuantityRange other) {
    return !above(other) && !other.above(this);
  }

  /** Whether every value of this range exceeds every value of the other: no count of this one can be at most one of the other's. */
  boolean above(QuantityRange other) {
    return !below(lower, lowerOpen, other.upper, other.upperOpen);
  }

  boolean boundedBelow() {
    return lower != Double.NEGATIVE_INFINITY;
  }

  boolean boundedAbove() {
    return upper != Double.POSITIVE_INFINITY;
  }

  /** Whether a range starting at {@code start} can reach one ending at {@code end}. */
  private static boolean below(double start, boolean startOpen, double end, boolean endOpen) {
    return start < end || (start == end && !startOpen && !endOpen);
  }

  static String describe(Quantity q) {
    var value = number(q.value());
    var qualifier = switch (q.qualifier()) {
      case EXACT -> "exactly";
      case AT_LEAST -> "at least";
      case MORE_THAN -> "more than";
      case AT_MOST -> "at most";
      case APPROXIMATELY -> "about";
    };
    return qualifier + " " + value + " " + q.unit();
  }

  /** 50 rather than 50.0; 4.5 as it is. */
  static String number(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
