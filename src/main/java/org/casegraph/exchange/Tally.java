package org.casegraph.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** The counts of an import under way; rejections are kept up to a limit so that memory stays bounded. */
final class Tally {

  private final ExchangeFormat format;
  private final int maxListed;
  private final long started = System.nanoTime();
  private final List<Rejection> rejections = new ArrayList<>();
  long items;
  long created;
  long updated;
  long unchanged;
  long rejected;
  int transactions;
  @Nullable String source;
  @Nullable String failure;

  Tally(ExchangeFormat format, int maxListed) {
    this.format = format;
    this.maxListed = maxListed;
  }

  void reject(Rejection rejection) {
    rejected++;
    if (rejections.size() < maxListed) {
      rejections.add(rejection);
    }
  }

  /** Why a write failed, in words a client may see: no stack trace, no Cypher. */
  static String cause(RuntimeException e) {
    return switch (e) {
      case ServiceUnavailableException u -> "the database is unavailable";
      case Neo4jException n -> "the database refused the write (%s)".formatted(n.code());
      default -> "the write failed on the server; it has been logged";
    };
  }

  ExchangeReport report(boolean written, @Nullable String error) {
    // Relationship lines are written after the entities, so their rejections come later: listed in line order.
    var listed = rejections.stream().sorted(java.util.Comparator.comparing(Rejection::line,
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
    return new ExchangeReport(format, written, items, created, updated, unchanged, rejected, listed,
        rejected > rejections.size(), transactions, source, error, (System.nanoTime() - started) / 1e9);
  }
}
