package org.casegraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the relationship queries.
 *
 * @param maxHops the longest path {@code shortestPath} looks for
 * @param maxDepth the deepest {@code neighbourhood}
 * @param maxNodes the most nodes a {@code neighbourhood} returns
 * @param maxPaths the most paths {@code allShortestPaths} returns
 * @param maxCounted the most nodes a truncated {@code neighbourhood} counts as left out (beyond it, {@code leftOut} is a lower bound)
 */
@ConfigurationProperties("casegraph.graph")
public record GraphProperties(@DefaultValue("10") int maxHops, @DefaultValue("3") int maxDepth,
    @DefaultValue("500") int maxNodes, @DefaultValue("100") int maxPaths, @DefaultValue("10000") int maxCounted) {}
