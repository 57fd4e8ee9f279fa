package org.casegraph.claim;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live feed of recorded claims ({@code casegraph.feed}).
 *
 * @param pollInterval how often an instance with subscribers asks Neo4j for changes committed through
 *     other instances (its own writes are delivered at once): the feed's delay across instances
 * @param behind how many claims a subscriber may fall behind before it catches up from the audit trail
 *     instead of from memory
 */
@ConfigurationProperties("casegraph.feed")
record FeedProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("1000") int behind) {}
