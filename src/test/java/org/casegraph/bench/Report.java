package org.casegraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The run as Markdown tables: figures per question and server, the ratios of one run, memory. */
final class Report {

  private Report() {}

  static String markdown(Harness.Run run) {
    var out = new StringBuilder();
    out.append("### Size %s: %s (%s, %d s per measurement, %s)%n%n".formatted(run.size(), run.graph(), run.when(),
        run.duration().toSeconds(), run.tool()));
    out.append("Asked about: %s%n%n".formatted(run.parameters().asMap()));
    out.append("| question | server | p50 @1 (ms) | p99 @1 (ms) | req/s @1 | p50 @16 (ms) | p99 @16 (ms) | req/s @16 "
        + "| Neo4j queries / req | server CPU-s / 1k req | Neo4j CPU-s / 1k req |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (var m : run.measures()) {
      out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n".formatted(m.question().name(), m.target().label(),
          f(m.one().p50Millis()), f(m.one().p99Millis()), f0(m.one().perSecond()), f(m.sixteen().p50Millis()),
          f(m.sixteen().p99Millis()), f0(m.sixteen().perSecond()), f1(m.queriesPerRequest()), f(m.serverCpuPer1k()),
          f(m.neo4jCpuPer1k())));
    }
    run.measures().stream().filter(m -> m.sixteen().requests() == 0).forEach(m -> out.append(
        "%n%s completed no %s request within the %d s of the 16-connection measurement (\"–\"): fewer than %s per second.%n"
            .formatted(m.target().label(), m.question().name(), run.duration().toSeconds(), f(1.0 / run.duration().toSeconds()))));
    var failures = run.measures().stream().mapToLong(m -> m.one().failures() + m.sixteen().failures()).sum();
    if (failures > 0) {
      out.append("%nFailed requests during the load: %d%n".formatted(failures));
    }
    out.append("\nRatios of this run (p50 at 1 connection; throughput at 16):\n\n");
    out.append("| question | Casegraph ÷ floor p50 | Casegraph ÷ floor req/s | peer ÷ floor p50 | Casegraph ÷ peer p50 "
        + "| Casegraph ÷ peer req/s | goals |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (var question : Questions.ALL) {
      var casegraph = find(run, question, Target.Kind.CASEGRAPH).orElseThrow();
      var floor = find(run, question, Target.Kind.FLOOR).orElseThrow();
      var peer = find(run, question, Target.Kind.PEER);
      var latency = casegraph.one().p50Millis() / floor.one().p50Millis();
      var throughput = casegraph.sixteen().perSecond() / floor.sixteen().perSecond();
      out.append("| %s | %s | %s | %s | %s | %s | %s |%n".formatted(question.name(), f(latency), f(throughput),
          peer.map(p -> f(p.one().p50Millis() / floor.one().p50Millis())).orElse("–"),
          peer.map(p -> f(casegraph.one().p50Millis() / p.one().p50Millis())).orElse("–"),
          peer.map(p -> throughputRatio(casegraph, p, run)).orElse("–"),
          goals(run, question, casegraph, latency, throughput, peer)));
    }
    if (run.measures().stream().anyMatch(m -> m.question().writes())) {
      out.append("""

          Writes: every request writes a new node (a claim of %s in %s; a person), with a tag of its own in its id. \
          Casegraph and the floor write the node, its relationships and its audit record (`:Change`, `:ChangedNode`) \
          in one transaction, checked equal before the load; the peer writes the same node and relationships through \
          its generated `createClaimWrites` / `createPersonWrites` (it has no upsert, and cannot write the audit \
          record in the same transaction), so its audit record is missing from the comparison and from its work. \
          Casegraph writes as an EDITOR without CONFIDENTIAL. The nodes written are removed after the run. \
          Goals for writes: p50 within 2× of the floor's; compare p50 across S, M and L for cost that grows with the graph.
          """.formatted(run.parameters().claimant(), run.parameters().source()));
    }
    out.append("\nMemory after the run:\n\n| server | heap used (MB) | RSS (MB) | peak RSS (MB) |\n| --- | ---: | ---: | ---: |\n");
    for (var m : run.memory()) {
      out.append("| %s | %s | %s | %s |%n".formatted(m.target().label(), f0(m.heap()), f0(m.rss()), f0(m.peakRss())));
    }
    if (!run.warmUps().isEmpty()) {
      out.append("""

          Warm-up before the measurements, per server: CPU-ms per request in each round (every question for \
          the warm-up time at 4 connections) until a round cost at least %s of the one before, at most %d rounds:

          | questions | server | rounds | CPU-ms / req, round by round |
          | --- | --- | ---: | --- |
          """.formatted(f(Harness.SETTLED), Harness.WARM_UP_ROUNDS));
      for (var w : run.warmUps()) {
        out.append("| %s | %s | %d | %s |%n".formatted(w.questions(), w.target().label(), w.cpuMillisPerRequest().size(),
            w.cpuMillisPerRequest().stream().map(Report::f).collect(Collectors.joining(", "))));
      }
    }
    return out.toString();
  }

  /**
   * ✓ or ✗ for each goal: p50 within 1.3× the floor, 0.8× its throughput, never slower than the peer, 5× on
   * pages and counts at L; for a write, p50 within 2× the floor's (and the peer's p50, which does less).
   */
  private static String goals(Harness.Run run, Question question, Harness.Measure casegraph, double latency, double throughput,
      Optional<Harness.Measure> peer) {
    var goals = new StringBuilder();
    if (question.writes()) {
      goals.append(latency <= 2 ? "✓" : "✗").append(" p50≤2×");
      peer.ifPresent(p -> goals.append(p.one().p50Millis() >= casegraph.one().p50Millis() ? " ✓" : " ✗").append(" p50≤peer"));
      return goals.toString();
    }
    goals.append(latency <= 1.3 ? "✓" : "✗").append(" p50≤1.3× ");
    goals.append(throughput >= 0.8 ? "✓" : "✗").append(" req/s≥0.8×");
    peer.ifPresent(p -> {
      var latencyVsPeer = p.one().p50Millis() / casegraph.one().p50Millis();
      var throughputVsPeer = casegraph.sixteen().perSecond() / p.sixteen().perSecond();
      goals.append(latencyVsPeer >= 1 && throughputVsPeer >= 1 ? " ✓" : " ✗").append(" ≥peer");
      if (run.size().equals("L") && List.of("page", "counts").contains(question.name())) {
        goals.append(latencyVsPeer >= 5 && throughputVsPeer >= 5 ? " ✓" : " ✗").append(" 5×peer");
      }
    });
    return goals.toString();
  }

  /** Casegraph's throughput over another's; a lower bound when the other completed nothing in the measurement. */
  private static String throughputRatio(Harness.Measure casegraph, Harness.Measure other, Harness.Run run) {
    if (other.sixteen().requests() == 0) {
      return "> " + f(casegraph.sixteen().perSecond() * run.duration().toSeconds());
    }
    return f(casegraph.sixteen().perSecond() / other.sixteen().perSecond());
  }

  private static Optional<Harness.Measure> find(Harness.Run run, Question question, Target.Kind kind) {
    return run.measures().stream().filter(m -> m.question() == question && m.target().kind() == kind).findFirst();
  }

  private static String f(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
  }

  private static String f1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String f0(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }
}
