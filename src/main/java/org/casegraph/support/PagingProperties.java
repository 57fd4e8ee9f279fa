package org.casegraph.support;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of every connection.
 *
 * @param defaultSize the page size when a query gives no {@code first}
 * @param maxSize the largest {@code first} accepted; a larger one is refused with BAD_REQUEST
 */
@ConfigurationProperties("casegraph.paging")
public record PagingProperties(@DefaultValue("20") int defaultSize, @DefaultValue("100") int maxSize) {

  /** The size a {@code first} argument asks for, or {@code otherwise} when it is absent; refused past the maximum. */
  public int size(@Nullable Integer first, int otherwise) {
    var size = first == null ? otherwise : first;
    if (size < 0 || size > maxSize) {
      throw new BadRequestException("first must be between 0 and %d, not %d".formatted(maxSize, size));
    }
    return size;
  }
}
