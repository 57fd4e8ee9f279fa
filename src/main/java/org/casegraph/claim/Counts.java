package org.casegraph.claim;

import org.casegraph.support.Quantity;

/** Whether two counts of the same thing in the same unit cannot both be true, as {@code contradictions} decides it. */
public final class Counts {

  private Counts() {}

  public static boolean cannotBothBeTrue(Quantity a, Quantity b) {
    return a.unit().equals(b.unit()) && !QuantityRange.of(a).meets(QuantityRange.of(b));
  }
}
