package org.casegraph.support;

import java.util.List;

/** Percentiles of measured times, for tests that report them. */
final class Percentiles {

  private Percentiles() {}

  /** The value below which a share {@code p} of the values fall (nearest rank); 0 when there are none. */
  static long of(List<Long> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    var sorted = values.stream().sorted().toList();
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
  }
}
