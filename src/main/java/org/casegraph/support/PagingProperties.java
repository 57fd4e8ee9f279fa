package org.casegraph.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of every connection.
 *
 * @param defaultSize the page size when a query gives no {@code first}
 * @param maxSize the largest {@code first} accepted; a larger one is refused with BAD_REQUEST
 */
@ConfigurationProperties("casegraph.paging")
public record PagingProperties(@DefaultValue("20") int defaultSize, @DefaultValue("100") int maxSize) {}
