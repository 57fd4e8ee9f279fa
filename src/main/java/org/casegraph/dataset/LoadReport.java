package org.casegraph.dataset;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a batched write did: the items per section, the node and relationship rows written (an item is
 * one row), what of them was new to the graph, in how many transactions, and how long it took.
 */
public record LoadReport(Map<String, Integer> items, long nodes, long relationships, long nodesCreated,
    long relationshipsCreated, int transactions, Duration elapsed) {

  /** Node and relationship rows written per second, over the whole write. */
  public double itemsPerSecond() {
    return (nodes + relationships) * 1e9 / Math.max(elapsed.toNanos(), 1);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%,d nodes and %,d relationships written in %,d transactions in %.1f s: %,.0f items/s (%,d nodes and %,d relationships created)",
        nodes, relationships, transactions, elapsed.toMillis() / 1000.0, itemsPerSecond(), nodesCreated, relationshipsCreated);
  }
}
