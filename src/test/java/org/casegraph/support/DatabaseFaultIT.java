package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casegraph.CasegraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The database goes away in the middle of a load of reads and writes, and comes back: requests fail
 * fast with a retryable error that says so, health reports DOWN, the service recovers without a
 * restart, and every write acknowledged before, during or after the fault is stored.
 */
class DatabaseFaultIT {

  private static final String TOKEN = "cg_fault-test-token-0123456789abcdefghijklmnop";
  private static final String READ = "{\"query\":\"{ claims(first: 5) { totalCount edges { node { id source { title } } } } }\"}";

  @TempDir
  Path store;

  private volatile String phase = "healthy";
  private final Map<String, Outcomes> outcomes = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> attempted = ConcurrentHashMap.newKeySet();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();

  record Outcomes(AtomicInteger ok, AtomicInteger unavailable, List<Long> failureMillis) {
    Outcomes() {
      this(new AtomicInteger(), new AtomicInteger(), new CopyOnWriteArrayList<>());
    }
  }

  @Test
  void shouldFailFastWhileTheDatabaseIsAwayRecoverWhenItIsBackAndLoseNoAcknowledgedWrite() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var neo4j = start(port);
    var uri = "bolt://127.0.0.1:" + port;
    try (var app = new SpringApplicationBuilder(CasegraphApplication.class).run("--spring.neo4j.uri=" + uri,
        "--server.port=0", "--casegraph.seed.enabled=true", "--casegraph.security.admin-token=" + TOKEN,
        "--logging.level.org.casegraph=warn")) {
      var base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
          var load = Executors.newVirtualThreadPerTaskExecutor()) {
        var running = new AtomicBoolean(true);
        for (int r = 0; r < 4; r++) {
          load.submit(() -> readLoop(http, base, running));
        }
        for (int w = 0; w < 2; w++) {
          int writer = w;
          load.submit(() -> writeLoop(http, base, running, writer));
        }
        // Phases end on progress, not on the clock: on a busy machine the first requests are slow.
        awaitAtLeast(() -> outcome("healthy").ok().get(), 30, Duration.ofMinutes(3), "answers while healthy");

        phase = "database away";
        var stopped = System.nanoTime();
        neo4j.shutdown();
        var health = get(http, base + "/actuator/health");
        assertThat(health.statusCode()).as("health while the database is away").isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        awaitAtLeast(() -> outcome("database away").unavailable().get(), 20, Duration.ofMinutes(2), "refusals while away");

        phase = "recovering";
        neo4j = start(port);
        var restarted = System.nanoTime();
        while (get(http, base + "/actuator/health").statusCode() != 200) {
          assertThat(Duration.ofNanos(System.nanoTime() - restarted)).as("recovery").isLessThan(Duration.ofSeconds(60));
          Thread.sleep(200);
        }
        var recovered = Duration.ofNanos(System.nanoTime() - restarted);
        phase = "recovered";
        awaitAtLeast(() -> outcome("recovered").ok().get(), 30, Duration.ofMinutes(2), "answers after recovery");
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        report(Duration.ofNanos(restarted - stopped), recovered);
        assertThat(unexpected).as("answers that are neither data nor the database-unavailable error").isEmpty();
        assertThat(outcome("recovered").unavailable().get()).as("refusals of requests sent after recovery").isZero();
        assertThat(Percentiles.of(outcome("database away").failureMillis(), 0.99)).as("p99 ms to refuse while away")
            .isLessThan(15_000);
      }
    } finally {
      neo4j.shutdown();
    }
    // Every acknowledged write is in the store; nothing was written twice; nothing appeared that was not sent.
    var restarted = start(port);
    try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
      var stored = driver.executableQuery("MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:fault-' RETURN c.id AS id")
          .execute().records().stream().map(r -> r.get("id").asString()).toList();
      System.out.printf("Writes: %d attempted, %d acknowledged, %d stored%n", attempted.size(), acknowledged.size(), stored.size());
      assertThat(acknowledged).isNotEmpty();
      assertThat(stored).as("stored claims").doesNotHaveDuplicates().containsAll(acknowledged);
      assertThat(attempted).as("attempted claims").containsAll(stored);
    } finally {
      restarted.shutdown();
    }
  }

  private void readLoop(HttpClient http, String base, AtomicBoolean running) {
    while (running.get()) {
      send(http, base, READ, null);
    }
  }

  private void writeLoop(HttpClient http, String base, AtomicBoolean running, int writer) {
    for (int i = 0; running.get(); i++) {
      var id = "claim:fault-%d-%d".formatted(writer, i);
      attempted.add(id);
      var body = """
          {"query":"mutation { recordClaim(input: {id: \\"%s\\", statement: \\"A statement.\\", claimant: \\"org:foro-penal\\", source: \\"source:article-venezuela-post-election-releases\\"}) { id } }"}
          """.formatted(id);
      if (send(http, base, body, id)) {
        acknowledged.add(id);
      }
    }
  }

  private Outcomes outcome(String phase) {
    return outcomes.computeIfAbsent(phase, p -> new Outcomes());
  }

  private static void awaitAtLeast(java.util.function.IntSupplier count, int at, Duration patience, String what)
      throws InterruptedException {
    var deadline = System.nanoTime() + patience.toNanos();
    while (count.getAsInt() < at) {
      assertThat(System.nanoTime()).as("%d %s within %s (got %d)", at, what, patience, count.getAsInt()).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /**
   * True when the request was answered with data. An answer counts in the phase the request was sent in;
   * a refusal sent before the fault and refused during it counts in the fault's phase.
   */
  private boolean send(HttpClient http, String base, String body, String expectedId) {
    var during = phase;
    var started = System.nanoTime();
    try {
      var response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      var text = response.body();
      if (response.statusCode() == 200 && !text.contains("\"errors\"") && (expectedId == null || text.contains(expectedId))) {
        outcome(during).ok().incrementAndGet();
        return true;
      }
      if (text.contains("database is unavailable") && (response.statusCode() == 503 || text.contains("\"retryable\":true"))) {
        var refused = outcome(during.equals("healthy") ? phase : during);
        refused.unavailable().incrementAndGet();
        if (refused == outcome(during)) {
          refused.failureMillis().add((System.nanoTime() - started) / 1_000_000);
        }
        return false;
      }
      unexpected.add(during + ": " + response.statusCode() + " " + text);
    } catch (Exception e) {
      unexpected.add(during + ": " + e);
    }
    return false;
  }

  private void report(Duration away, Duration recovery) {
    System.out.printf("Database away for %.1f s; healthy again %.1f s after it restarted%n", away.toMillis() / 1e3, recovery.toMillis() / 1e3);
    for (var phase : List.of("healthy", "database away", "recovering", "recovered")) {
      var o = outcomes.getOrDefault(phase, new Outcomes());
      System.out.printf("  %-14s %6d answered, %6d refused as unavailable, refusal p50 %d ms, p99 %d ms%n", phase,
          o.ok().get(), o.unavailable().get(), Percentiles.of(o.failureMillis(), 0.5), Percentiles.of(o.failureMillis(), 0.99));
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private DatabaseManagementService start(int port) {
    return new DatabaseManagementServiceBuilder(store)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
  }
}
