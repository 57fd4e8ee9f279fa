package org.casegraph.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one GraphQL request may ask for.
 *
 * @param maxDepth the deepest nesting of fields
 * @param maxComplexity the largest cost: each field costs 1 plus its children, times its {@code first}
 * @param queryTimeout how long one database read may run before Neo4j stops it
 * @param maxRequestSize the largest request body accepted
 * @param maxAliases the most aliased fields a document may hold (each alias repeats a field's work)
 * @param maxRootFields the most fields an operation may ask for at its top level
 */
@ConfigurationProperties("casegraph.limits")
public record LimitProperties(@DefaultValue("15") int maxDepth, @DefaultValue("20000") int maxComplexity,
    @DefaultValue("10s") Duration queryTimeout, @DefaultValue("1MB") DataSize maxRequestSize,
    @DefaultValue("30") int maxAliases, @DefaultValue("20") int maxRootFields) {}
