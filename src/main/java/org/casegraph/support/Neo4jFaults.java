package org.casegraph.support;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** How the service tells Neo4j's passing faults apart: a database that is away, or writes racing for locks. */
public final class Neo4jFaults {

  private Neo4jFaults() {}

  /** A transaction that lost a race for locks to concurrent writes; running it again may succeed. */
  public static boolean conflict(Throwable e) {
    return e instanceof TransientException t && t.code() != null
        && (t.code().contains("DeadlockDetected") || t.code().contains("LockClientStopped")
            || t.code().contains("LockAcquisitionTimeout"));
  }

  /**
   * A node or relationship the transaction had found was deleted by another that committed first (a
   * merge deleting a duplicate an import was updating): run again, it sees the other's result, as it
   * would had they run one after the other.
   */
  public static boolean deletedMeanwhile(Throwable e) {
    return e instanceof org.neo4j.driver.exceptions.ClientException c && "Neo.ClientError.Statement.EntityNotFound".equals(c.code());
  }

  /** The database cannot be reached or cannot serve now; a retry later may succeed. */
  public static boolean unavailable(Throwable e) {
    return e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
        || (e instanceof TransientException && !conflict(e));
  }
}
