package org.casegraph.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.Monitors;

/**
 * Watches the Cypher queries an in-process Neo4j runs, as its own query monitor sees them: how many
 * started, and each failure with the statement's text.
 */
public final class QueryWatch implements QueryExecutionMonitor {

  private final AtomicLong started = new AtomicLong();
  private final Queue<String> failures = new ConcurrentLinkedQueue<>();

  private QueryWatch() {}

  /** A watch on every query of this database, those arriving over Bolt included. */
  public static QueryWatch on(GraphDatabaseService database) {
    var watch = new QueryWatch();
    var db = (GraphDatabaseAPI) database;
    // Queries arriving over Bolt are reported to the DBMS's monitors, not the database's own.
    for (var monitors : db.getDependencyResolver().resolveTypeDependencies(Monitors.class)) {
      if (monitors.getClass() == Monitors.class) {
        monitors.addMonitorListener(watch);
      }
    }
    return watch;
  }

  /** Queries started since the watch began. */
  public long started() {
    return started.get();
  }

  /** The failures since the last call, each as its reason and the statement. */
  public List<String> takeFailures() {
    var taken = new java.util.ArrayList<String>();
    for (var failure = failures.poll(); failure != null; failure = failures.poll()) {
      taken.add(failure);
    }
    return taken;
  }

  @Override
  public void startProcessing(ExecutingQuery query) {
    started.incrementAndGet();
  }

  @Override
  public void startExecution(ExecutingQuery query) {}

  @Override
  public void endFailure(ExecutingQuery query, Throwable failure) {
    failures.add(failure.getMessage() + ": " + query.rawQueryText());
  }

  @Override
  public void endFailure(ExecutingQuery query, String reason, Status status, ErrorGqlStatusObject gqlStatus) {
    failures.add(reason + ": " + query.rawQueryText());
  }

  @Override
  public void endSuccess(ExecutingQuery query) {}
}
