package org.casegraph.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on imports and exports.
 *
 * @param batchSize the entity lines of a FollowTheMoney file written in one transaction
 * @param relationshipBatchSize the relationship lines of a FollowTheMoney file written in one transaction: each
 *     writes two nodes (the fact and its claim) and seven relationships, so fewer fit in a transaction's memory
 * @param maxRejectionsListed the rejections a report lists one by one (it counts them all)
 * @param maxDatasetSize the largest data set (one JSON document, written in one transaction) accepted
 * @param maxLineLength the longest line of a FollowTheMoney file; a longer one is rejected unread
 * @param maxDepth the largest depth of a subgraph export
 * @param maxSubgraphNodes the most nodes a subgraph export may hold
 * @param maxGraphQlExport the largest export the GraphQL {@code export} field returns (larger: use HTTP)
 */
@ConfigurationProperties("casegraph.exchange")
public record ExchangeProperties(@DefaultValue("10000") int batchSize, @DefaultValue("1000") int relationshipBatchSize,
    @DefaultValue("1000") int maxRejectionsListed,
    @DefaultValue("64MB") DataSize maxDatasetSize, @DefaultValue("1MB") DataSize maxLineLength,
    @DefaultValue("4") int maxDepth, @DefaultValue("100000") int maxSubgraphNodes,
    @DefaultValue("10MB") DataSize maxGraphQlExport) {}
