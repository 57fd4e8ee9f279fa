package org.casegraph.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A keyset page: up to {@code first} nodes whose id comes after {@code afterId}. Cursors are opaque
 * to clients; inside they carry the id of the node they point at.
 */
public record PageRequest(int first, @Nullable String afterId) {

  public static PageRequest of(@Nullable Integer first, @Nullable String after, PagingProperties paging) {
    var size = paging.size(first, paging.defaultSize());
    return new PageRequest(size, after == null ? null : decode(after));
  }

  public static String cursor(String id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("id:")) {
        return text.substring(3);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new BadRequestException("'%s' is not a cursor this API gave out; pass an endCursor from a previous page".formatted(cursor));
  }

  /** One more than the page, to learn whether a next page exists. */
  public int limit() {
    return first + 1;
  }
}
