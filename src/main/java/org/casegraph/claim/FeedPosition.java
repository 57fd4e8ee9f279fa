package org.casegraph.claim;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.casegraph.support.BadRequestException;

/**
 * A place in the feed of recorded claims: the change (its number in commit order) and the claim's place
 * among those it recorded. A subscriber passes the last one it received as {@code after} to resume.
 */
record FeedPosition(long change, int index) implements Comparable<FeedPosition> {

  private static final String PREFIX = "feed:";

  /** After every claim of this change. */
  static FeedPosition afterChange(long change) {
    return new FeedPosition(change, Integer.MAX_VALUE);
  }

  @Override
  public int compareTo(FeedPosition other) {
    return change != other.change ? Long.compare(change, other.change) : Integer.compare(index, other.index);
  }

  String encode() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + change + ":" + index).getBytes(StandardCharsets.UTF_8));
  }

  static FeedPosition decode(String cursor) {
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        var parts = text.substring(PREFIX.length()).split(":");
        if (parts.length == 2) {
          var position = new FeedPosition(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
          if (position.change >= 0 && position.index >= 0) {
            return position;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new BadRequestException("'%s' is not a feed cursor this API gave out; pass the feedCursor of the last claim received"
        .formatted(cursor));
  }
}
