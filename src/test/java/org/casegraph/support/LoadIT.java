package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readers and writers at once, on loopback, bounded in count: every request answered without error,
 * every write stored exactly once, and the figures printed.
 */
class LoadIT extends ApiIT {

  private static final int READERS = 6;
  private static final int READS_EACH = 40;
  private static final int WRITERS = 3;
  private static final int WRITES_EACH = 20;
  private static final String READ = """
      {"query":"{ claims(first: 10) { totalCount edges { node { id claimant { name } source { title } } } } contradictions(first: 3) { reason } }"}""";


  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<Long> readMillis = new CopyOnWriteArrayList<>();
  private final List<Long> writeMillis = new CopyOnWriteArrayList<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  @AfterEach
  void forgetTheLoad() {
    driver.executableQuery("MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:load-' DETACH DELETE c").execute();
    forget();
  }

  @Test
  void shouldAnswerConcurrentReadersAndWritersWithoutErrorAndStoreEveryWriteOnce() throws Exception {
    try (var http = HttpClient.newHttpClient()) {
      // Warm up: the first run of each statement is planned and compiled, which is not what this measures.
      send(http, READ, TestTokens.READER, new ArrayList<>(), null);
      var warm = """
          {"query":"mutation { recordClaim(input: {id: \\"claim:load-warm\\", statement: \\"Warm.\\", claimant: \\"org:foro-penal\\", source: \\"source:article-venezuela-post-election-releases\\", subjects: [\\"prison:tocoron\\"]}) { id } }"}""";
      send(http, warm, TestTokens.EDITOR, new ArrayList<>(), "claim:load-warm");
      driver.executableQuery("MATCH (c:Claim {id: 'claim:load-warm'}) DETACH DELETE c").execute();
      assertThat(errors).as("errors while warming up").isEmpty();
    }
    var started = System.nanoTime();
    try (var http = HttpClient.newHttpClient(); var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var tasks = new ArrayList<Callable<Void>>();
      IntStream.range(0, READERS).forEach(r -> tasks.add(() -> {
        for (int i = 0; i < READS_EACH; i++) {
          send(http, READ, TestTokens.READER, readMillis, null);
        }
        return null;
      }));
      IntStream.range(0, WRITERS).forEach(w -> tasks.add(() -> {
        for (int i = 0; i < WRITES_EACH; i++) {
          var id = "claim:load-%d-%d".formatted(w, i);
          // Every writer also corrects one shared claim: concurrent upserts of one id must leave one claim.
          var shared = i % 5 == 0 ? "claim:load-shared" : id;
          var body = """
              {"query":"mutation { recordClaim(input: {id: \\"%s\\", statement: \\"Writer %d, claim %d.\\", claimant: \\"org:foro-penal\\", source: \\"source:article-venezuela-post-election-releases\\", subjects: [\\"prison:tocoron\\"]}) { id } }"}
              """.formatted(shared, w, i);
          if (send(http, body, TestTokens.EDITOR, writeMillis, shared)) {
            acknowledged.add(shared);
          }
        }
        return null;
      }));
      for (var future : pool.invokeAll(tasks)) {
        future.get();
      }
    }
    var seconds = (System.nanoTime() - started) / 1e9;
    var reads = READERS * READS_EACH;
    var writes = WRITERS * WRITES_EACH;
    System.out.printf("Load: %d reads and %d writes from %d clients in %.1f s: %.0f requests/s%n", reads, writes,
        READERS + WRITERS, seconds, (reads + writes) / seconds);
    System.out.printf("  reads  p50 %d ms, p99 %d ms%n", Percentiles.of(readMillis, 0.5), Percentiles.of(readMillis, 0.99));
    System.out.printf("  writes p50 %d ms, p99 %d ms%n", Percentiles.of(writeMillis, 0.5), Percentiles.of(writeMillis, 0.99));

    assertThat(errors).as("errors").isEmpty();
    assertThat(readMillis).hasSize(reads);
    assertThat(writeMillis).hasSize(writes);
    var stored = driver.executableQuery("MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:load-' RETURN c.id AS id")
        .execute().records().stream().map(r -> r.get("id").asString()).toList();
    assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
    assertThat(stored).hasSize(WRITERS * (WRITES_EACH - WRITES_EACH / 5) + 1);
    var links = driver.executableQuery("MATCH (:Claim {id: 'claim:load-shared'})-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
        .execute().records().stream().map(r -> r.get("type").asString() + "=" + r.get("n").asLong()).toList();
    assertThat(links).as("the shared claim's links, after concurrent upserts").containsExactly("ABOUT=1", "CLAIMED_BY=1", "FROM=1");
  }

  private boolean send(HttpClient http, String body, TestTokens token, List<Long> millis, String expectedId) {
    var started = System.nanoTime();
    try {
      var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
          .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("Authorization", token.bearer())
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      millis.add((System.nanoTime() - started) / 1_000_000);
      if (response.statusCode() != 200 || response.body().contains("\"errors\"")
          || (expectedId != null && !response.body().contains(expectedId))) {
        errors.add(response.statusCode() + " " + response.body());
        return false;
      }
      return true;
    } catch (Exception e) {
      errors.add(e.toString());
      return false;
    }
  }
}
