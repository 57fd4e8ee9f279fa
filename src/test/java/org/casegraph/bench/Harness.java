package org.casegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The benchmark: one Neo4j on one store, Casegraph, the floor and the peer on it, the same questions
 * to each. First it checks that the three give the same data (and write the same nodes), then counts
 * Neo4j queries per request, warms each server up until its CPU per request settles, and measures each
 * question at 1 and 16 connections: the reads, then the writes. The nodes the writes wrote are removed at the end.
 *
 * <p>{@code java … Harness --size=M --store=DIR --jar=casegraph.jar --classpath=CP [--peer=bench/peer]
 * [--duration=10] [--warmup=5] [--page-cache-mb=4096] [--out=FILE] [--seed-article]}
 */
public final class Harness {

  record Options(String size, Path store, Path jar, String classpath, Path peer, Duration duration, Duration warmup,
      long pageCacheBytes, Path out, boolean seedArticle) {

    static Options parse(String[] args) {
      var map = new LinkedHashMap<String, String>();
      for (var arg : args) {
        var pair = arg.replaceFirst("^--", "").split("=", 2);
        map.put(pair[0], pair.length > 1 ? pair[1] : "true");
      }
      return new Options(map.getOrDefault("size", "S"), Path.of(map.get("store")), Path.of(map.get("jar")),
          map.get("classpath"), map.containsKey("peer") ? Path.of(map.get("peer")) : null,
          Duration.ofSeconds(Long.parseLong(map.getOrDefault("duration", "10"))),
          Duration.ofSeconds(Long.parseLong(map.getOrDefault("warmup", "5"))),
          Long.parseLong(map.getOrDefault("page-cache-mb", "4096")) * 1024 * 1024,
          map.containsKey("out") ? Path.of(map.get("out")) : null, map.containsKey("seed-article"));
    }
  }

  /** One question on one server. */
  record Measure(Question question, Target target, Load.Result one, Load.Result sixteen, double queriesPerRequest,
      double serverCpuPer1k, double neo4jCpuPer1k) {}

  /**
   * How one server was warmed up for a set of questions: its CPU-milliseconds per request in each round
   * (every question once, for the warm-up time each, at 4 connections), the last one settled or the
   * {@link #WARM_UP_ROUNDS most} allowed.
   */
  record WarmUp(Target target, String questions, List<Double> cpuMillisPerRequest) {}

  /** At most this many warm-up rounds per server; a JIT that has not settled by then is measured as it is. */
  static final int WARM_UP_ROUNDS = 8;

  /** A round settles the warm-up when it costs at least this share of the round before it. */
  static final double SETTLED = 0.95;

  /** One server's memory after the run, in MB. */
  record Memory(Target target, double heap, double rss, double peakRss) {}

  record Run(String size, String graph, Instant when, String tool, Duration duration, Parameters parameters,
      List<Measure> measures, List<Memory> memory, List<WarmUp> warmUps) {}

  private Harness() {}

  public static void main(String[] args) throws Exception {
    var options = Options.parse(args);
    var run = run(options);
    var table = Report.markdown(run);
    System.out.println(table);
    if (options.out() != null) {
      Files.createDirectories(options.out().toAbsolutePath().getParent());
      Files.writeString(options.out(), table);
      System.out.println("Written to " + options.out());
    }
    System.exit(0);
  }

  static Run run(Options options) throws IOException, InterruptedException {
    var work = Files.createTempDirectory("casegraph-bench");
    log("Opening the %s store in %s (logs in %s)", options.size(), options.store(), work);
    try (var host = new Neo4jHost(options.store(), options.pageCacheBytes());
        var servers = new Servers(work);
        var driver = GraphDatabase.driver(host.boltUri(), AuthTokens.none())) {
      var targets = new ArrayList<Target>();
      log("Starting Casegraph, the floor%s on %s", options.peer() == null ? "" : " and the peer", host.boltUri());
      targets.add(servers.casegraph(options.jar(), host.boltUri(), options.seedArticle()));
      targets.add(servers.floor(options.classpath(), host.boltUri()));
      var peerMemory = work.resolve("peer-memory.json");
      if (options.peer() != null) {
        targets.add(servers.peer(options.peer(), host.boltUri(), peerMemory));
      }
      if (options.seedArticle()) {
        awaitSeed(driver);
      }
      var left = Written.remove(driver);
      if (left > 0) {
        log("Removed %,d nodes an earlier run's writes left", left);
      }
      var parameters = Parameters.discover(driver);
      log("Asking about %s", parameters.asMap());
      Agreement.check(targets, parameters, driver, Harness::log);
      var graph = driver.executableQuery("""
          CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
          RETURN nodes, relationships""").execute().records().getFirst();
      var graphText = "%,d nodes, %,d relationships".formatted(graph.get("nodes").asLong(), graph.get("relationships").asLong());

      var load = new Load(work);
      var measures = new ArrayList<Measure>();
      var warmUps = new ArrayList<WarmUp>();
      // The reads first, then the writes: the reads are measured on the graph their answers were checked on.
      for (var questions : List.of(Questions.READS, Questions.WRITES)) {
        measures.addAll(measure(host, load, targets, questions, parameters, options, warmUps));
      }
      log("Removed the %,d nodes the writes wrote, with their audit records", Written.remove(driver));
      var memory = targets.stream().map(t -> {
        var rss = Usage.residentMegabytes(t.pid());
        return new Memory(t, Usage.heapMegabytes(t, peerMemory), rss[0], rss[1]);
      }).toList();
      return new Run(options.size(), graphText, Instant.now().truncatedTo(ChronoUnit.SECONDS), load.tool(),
          options.duration(), parameters, measures, memory, warmUps);
    }
  }

  /** Counts queries per request, warms up, then measures each question on each server at 1 and 16 connections. */
  private static List<Measure> measure(Neo4jHost host, Load load, List<Target> targets, List<Question> questions,
      Parameters parameters, Options options, List<WarmUp> warmUps) throws IOException, InterruptedException {
    var queries = new LinkedHashMap<String, Double>();
    for (var question : questions) {
      for (var target : targets) {
        queries.put(key(question, target), queriesPerRequest(host, target, question, parameters, 20));
      }
    }
    log("Warming up each server until its CPU per request settles: rounds of %d s per question at 4 connections",
        options.warmup().toSeconds());
    for (var target : targets) {
      warmUps.add(warmUp(load, target, questions, parameters, options.warmup()));
    }
    var measures = new ArrayList<Measure>();
    var self = ProcessHandle.current().pid();
    for (var question : questions) {
      for (var target : targets) {
        awaitIdle(host);
        var one = load.run(target, question, parameters, 1, options.duration());
        awaitIdle(host);
        var cpu = Usage.cpuSeconds(target.pid());
        var neo4jCpu = Usage.cpuSeconds(self);
        var sixteen = load.run(target, question, parameters, 16, options.duration());
        var per1k = 1000.0 / Math.max(1, sixteen.requests());
        var measure = new Measure(question, target, one, sixteen, queries.get(key(question, target)),
            (Usage.cpuSeconds(target.pid()) - cpu) * per1k, (Usage.cpuSeconds(self) - neo4jCpu) * per1k);
        measures.add(measure);
        log("%-13s %-9s p50@1 %7.2f ms  p99@1 %7.2f ms  p50@16 %7.2f ms  %8.1f req/s@16  %.1f queries/req%s", question.name(),
            target.label(), one.p50Millis(), one.p99Millis(), sixteen.p50Millis(), sixteen.perSecond(), measure.queriesPerRequest(),
            one.failures() + sixteen.failures() > 0 ? "  FAILURES: " + (one.failures() + sixteen.failures()) : "");
      }
    }
    return measures;
  }

  /** Lets Neo4j finish what the last load left running before the next is measured (see {@link Neo4jHost#awaitIdle}). */
  private static void awaitIdle(Neo4jHost host) {
    var limit = Duration.ofMinutes(2);
    var waited = host.awaitIdle(limit);
    if (waited.compareTo(limit) >= 0) {
      log("Neo4j still runs statements the last load left after %d s; the next measurement may be disturbed", limit.toSeconds());
    } else if (waited.toMillis() >= 1000) {
      log("Waited %.1f s for Neo4j to finish the statements the last load left running", waited.toMillis() / 1000.0);
    }
  }

  /**
   * Asks every question for {@code each} at 4 connections, round after round, until a round costs the
   * server at least {@link #SETTLED} of the CPU per request of the round before (its JIT has compiled
   * what the questions run), or {@link #WARM_UP_ROUNDS} rounds have run. A JVM serving Spring and
   * graphql-java on two cores takes minutes to settle, a small handler or Node.js less: a warm-up of
   * the same length for all would measure one server still compiling against others that are not.
   */
  static WarmUp warmUp(Load load, Target target, List<Question> questions, Parameters parameters, Duration each)
      throws IOException, InterruptedException {
    var rounds = new ArrayList<Double>();
    do {
      var cpu = Usage.cpuSeconds(target.pid());
      long requests = 0;
      for (var question : questions) {
        requests += load.run(target, question, parameters, 4, each).requests();
      }
      rounds.add((Usage.cpuSeconds(target.pid()) - cpu) * 1000 / Math.max(1, requests));
      log("Warm-up of %s, round %d: %.2f CPU-ms per request", target.label(), rounds.size(), rounds.getLast());
    } while (!settled(rounds) && rounds.size() < WARM_UP_ROUNDS);
    return new WarmUp(target, questions.stream().map(Question::name).collect(Collectors.joining(", ")), List.copyOf(rounds));
  }

  /** Whether the last round cost at least {@link #SETTLED} of the one before it. */
  static boolean settled(List<Double> rounds) {
    return rounds.size() >= 2 && rounds.getLast() >= SETTLED * rounds.get(rounds.size() - 2);
  }

  /** Casegraph loads the article into an empty store once it has started; waits until the graph holds its claims. */
  static void awaitSeed(org.neo4j.driver.Driver driver) {
    var deadline = Instant.now().plusSeconds(120);
    while (!driver.executableQuery("MATCH (c:Claim) RETURN count(c) > 0 AS seeded").execute().records().getFirst()
        .get("seeded").asBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Casegraph did not load the article within two minutes");
      }
      Servers.sleep(500);
    }
    Servers.sleep(2000);
  }

  /** Neo4j queries one request costs, counted over {@code n} requests asked one after another. */
  static double queriesPerRequest(Neo4jHost host, Target target, Question question, Parameters parameters, int n) {
    var before = host.queries();
    for (int i = 0; i < n; i++) {
      target.ask(question, parameters);
    }
    return (host.queries() - before) / (double) n;
  }

  private static String key(Question question, Target target) {
    return question.name() + "/" + target.kind();
  }

  static void log(String format, Object... args) {
    System.out.printf("[bench %s] %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), format.formatted(args));
  }
}
