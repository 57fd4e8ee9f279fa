package org.casegraph.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one GraphQL request may ask for.
 *
 * @param maxDepth the deepest nesting of fields
 * @param maxComplexity the largest cost: each field costs 1 plus its children, times its {@code first}
 */
@ConfigurationProperties("casegraph.limits")
public record LimitProperties(@DefaultValue("15") int maxDepth, @DefaultValue("20000") int maxComplexity) {}
