package org.casegraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail numbers writes in commit order: a reader that keeps asking for the changes after the
 * last one it saw, while several writers commit at once, never finds a number before the one ahead of
 * it is visible, so the claim feed that follows it skips nothing. Prints what the ordering costs writes.
 */
class CommitOrderIT extends ApiIT {

  private static final int WRITERS = 4;
  private static final int WRITES_EACH = 60;

  @Autowired
  private AuditTrail audit;

  @AfterEach
  void removeProbes() {
    driver.executableQuery("MATCH (p:CommitOrderProbe) DELETE p").execute();
    forget();
  }

  @Test
  void shouldNeverLetAReaderSeeALaterChangeBeforeAnEarlierOne() throws Exception {
    var start = last();
    var done = new AtomicBoolean();
    var seen = new ArrayList<Long>();
    var gaps = new ConcurrentLinkedQueue<String>();
    var reader = Thread.ofPlatform().start(() -> {
      var after = start;
      while (!done.get() || after < start + (long) WRITERS * WRITES_EACH) {
        // Read before the page: an empty page only means the end if every write had committed before it was asked.
        var finished = done.get();
        var page = driver.executableQuery("MATCH (c:Change) WHERE c.seq > $after RETURN c.seq AS seq ORDER BY seq")
            .withParameters(Map.of("after", after)).execute().records().stream().map(r -> r.get("seq").asLong()).toList();
        for (var seq : page) {
          if (seq != after + 1) {
            gaps.add("saw %d right after %d".formatted(seq, after));
          }
          after = seq;
          seen.add(seq);
        }
        if (finished && page.isEmpty() && after < start + (long) WRITERS * WRITES_EACH) {
          gaps.add("stopped at %d".formatted(after));
          break;
        }
      }
    });
    var millis = writeConcurrently((n, i) -> audit.write("probe", (tx, change) -> {
      tx.run("CREATE (:CommitOrderProbe {n: $n})", Map.of("n", n * 1000 + i)).consume();
      change.summary("A probe of the commit order");
      return null;
    }));
    done.set(true);
    reader.join();

    var unordered = writeConcurrently((n, i) -> driver.executableQuery("CREATE (:CommitOrderProbe {n: $n})")
        .withParameters(Map.of("n", n * 1000 + i)).execute());
    var ordered = writeConcurrently((n, i) -> driver.executableQuery("""
            MERGE (s:CommitOrderProbe {counter: true}) ON CREATE SET s.last = 0
            SET s.last = s.last + 1
            CREATE (:CommitOrderProbe {n: $n, seq: s.last})""")
        .withParameters(Map.of("n", n * 1000 + i)).execute());
    var writes = WRITERS * WRITES_EACH;
    System.out.printf("CommitOrderIT: %d audited writes by %d writers in %d ms (%.0f/s); the same bare write %.0f/s, "
            + "with a shared counter %.0f/s; the reader saw %d changes, gaps %s%n", writes, WRITERS, millis, rate(writes, millis),
        rate(writes, unordered), rate(writes, ordered), seen.size(), gaps);

    assertThat(gaps).isEmpty();
    assertThat(seen).hasSize(writes).doesNotHaveDuplicates();
  }

  private interface Write {
    void run(int writer, int i);
  }

  private long writeConcurrently(Write write) throws Exception {
    var began = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(WRITERS)) {
      var futures = new ArrayList<java.util.concurrent.Future<?>>();
      for (int n = 0; n < WRITERS; n++) {
        var writer = n;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < WRITES_EACH; i++) {
            write.run(writer, i);
          }
        }));
      }
      for (var future : futures) {
        future.get();
      }
    }
    return (System.nanoTime() - began) / 1_000_000;
  }

  private static double rate(int writes, long millis) {
    return writes * 1000.0 / Math.max(1, millis);
  }

  private long last() {
    // A test that empties the store removes the counter too; the next write makes it again from 0.
    return driver.executableQuery("OPTIONAL MATCH (s:ChangeSequence {name: 'changes'}) RETURN coalesce(s.last, 0) AS last").execute()
        .records().getFirst().get("last").asLong();
  }

}
