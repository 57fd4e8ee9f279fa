package org.casegraph.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks Neo4j to sample its indexes again after the service loads data. Indexes are created on an empty
 * store (see {@link Migrations}); until Neo4j samples them, which it does in the background some seconds
 * after a load, its planner knows nothing of what they hold, picks other plans, and in 2026.09 fails
 * on some of the compiled reads' statements (see docs/benchmarks.md, "When Neo4j fails on the statement
 * itself"). Neo4j has the procedures for this; they need an admin where Neo4j checks roles, so a
 * refusal is logged once and the background sampling left to do the work.
 */
@Component
public class IndexStatistics {

  private static final Logger log = LoggerFactory.getLogger(IndexStatistics.class);

  /** How long a start waits for the samples of the data it has just seeded. */
  private static final int WAIT_SECONDS = 60;

  /** The least time between two refreshes after failures: each one has every statement planned again. */
  private static final Duration BETWEEN_REFRESHES = Duration.ofMinutes(10);

  /** Failures of statements sent while a refresh ran are met up to this long after it. */
  private static final Duration JUST_REFRESHED = Duration.ofSeconds(10);

  private final Driver driver;
  private final AtomicBoolean refusedOnce = new AtomicBoolean();
  private @Nullable Instant lastRefresh;
  private boolean refreshed;

  IndexStatistics(Driver driver) {
    this.driver = driver;
  }

  /**
   * Samples the indexes now and waits for it (at most a minute); Neo4j then plans every statement
   * afresh, on them. Whether Neo4j did.
   */
  public synchronized boolean refresh() {
    refreshed = call("CALL db.prepareForReplanning(" + WAIT_SECONDS + ")");
    lastRefresh = Instant.now();
    return refreshed;
  }

  /**
   * As {@link #refresh}, after Neo4j failed on a statement, unless it was refreshed in the last ten
   * minutes: whether the statistics are fresh now. A failure met while a refresh ran (seconds before
   * its end) counts as refreshed by it.
   */
  public synchronized boolean refreshAfterFailure() {
    if (lastRefresh != null) {
      var since = Duration.between(lastRefresh, Instant.now());
      if (since.compareTo(JUST_REFRESHED) < 0) {
        return refreshed;
      }
      if (since.compareTo(BETWEEN_REFRESHES) < 0) {
        return false;
      }
    }
    return refresh();
  }

  /** Has the indexes that changed much since their last sample sampled again, without waiting. */
  public void resampleOutdated() {
    call("CALL db.resampleOutdatedIndexes()");
  }

  private boolean call(String procedure) {
    try {
      driver.executableQuery(procedure).execute();
      return true;
    } catch (Neo4jException refused) {
      if (refusedOnce.compareAndSet(false, true)) {
        log.info("Neo4j did not sample its indexes when asked ({}); it samples them in the background.",
            refused.getMessage());
      }
      return false;
    }
  }
}
