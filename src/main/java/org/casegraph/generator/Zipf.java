package org.casegraph.generator;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Draws ranks 0..n-1 with weight 1/(rank+1)^exponent: a few ranks get most of the draws. */
final class Zipf {

  private final double[] cumulative;

  Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf distribution needs at least one rank");
    }
    cumulative = new double[n];
    var sum = 0.0;
    for (int rank = 0; rank < n; rank++) {
      sum += Math.pow(rank + 1, -exponent);
      cumulative[rank] = sum;
    }
  }

  int sample(RandomGenerator random) {
    var target = random.nextDouble() * cumulative[cumulative.length - 1];
    var found = Arrays.binarySearch(cumulative, target);
    return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
  }
}
