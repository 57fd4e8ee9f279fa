package org.casegraph.exchange;

import org.jspecify.annotations.Nullable;

/**
 * Something an import did not write, and why: a line of a FollowTheMoney file (its number, and the
 * entity's id where it has one), or a place in a data set (a JSON path such as {@code $.claims[3].source}).
 */
public record Rejection(@Nullable Long line, @Nullable String path, @Nullable String id, String reason) {

  static Rejection atLine(long line, @Nullable String id, String reason) {
    return new Rejection(line, null, id, reason);
  }

  static Rejection atPath(String path, String reason) {
    return new Rejection(null, path, null, reason);
  }
}
