package org.casegraph.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Tags that keep every write of a run apart: a write question's request names its node
 * {@code …bench-<tag>}, so each request writes a node of its own rather than matching the last one.
 * Lower-case letters and digits only, so a tag folded into a name key stays the same tag.
 */
final class Tags {

  /** Where a write question's variables take the request's tag. */
  static final String PLACEHOLDER = "@tag@";

  /** This run's prefix: no two runs on one store write the same ids. */
  static final String RUN = "r" + Long.toString(System.currentTimeMillis(), 36);

  private static final AtomicLong ASKED = new AtomicLong();
  private static final AtomicLong LOADS = new AtomicLong();

  private Tags() {}

  /** A tag for one request asked on its own. */
  static String next() {
    return RUN + "a" + ASKED.incrementAndGet();
  }

  /** A prefix for one run of load; its clients add their own number and a counter. */
  static String load() {
    return RUN + "l" + LOADS.incrementAndGet();
  }
}
