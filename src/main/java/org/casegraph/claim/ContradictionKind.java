package org.casegraph.claim;

/** Why claims cannot all be true (see {@link Tally} for the rule behind the three found from counts). */
public enum ContradictionKind {
  /** The data links them by {@code contradicts}. */
  RECORDED,
  /** Counts of a running tally that cannot both hold on one day: the same date, or dates whose order is unknown. */
  SAME_TIME_COUNTS,
  /** A running tally that went down: an earlier count's lower bound above a later one's upper bound. */
  DECREASING_COUNT,
  /** Counts of a quantity that is not a running tally (a vote share, an age) whose ranges do not meet. */
  CONFLICTING_COUNTS
}
