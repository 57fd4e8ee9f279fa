package org.casegraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Entity ids to draw from, in a seeded order of prominence: the first few are drawn most often. */
final class Pool {

  private final List<String> ids = new ArrayList<>();
  private final double exponent;
  private @Nullable Zipf ranks;

  Pool(double exponent) {
    this.exponent = exponent;
  }

  void add(String id) {
    ids.add(id);
    ranks = null;
  }

  boolean isEmpty() {
    return ids.isEmpty();
  }

  int size() {
    return ids.size();
  }

  String get(int index) {
    return ids.get(index);
  }

  List<String> all() {
    return List.copyOf(ids);
  }

  String pick(RandomGenerator random) {
    if (ids.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    var zipf = ranks;
    if (zipf == null) {
      zipf = new Zipf(ids.size(), exponent);
      ranks = zipf;
    }
    return ids.get(zipf.sample(random));
  }

  String pickUniformly(RandomGenerator random) {
    return ids.get(random.nextInt(ids.size()));
  }
}
