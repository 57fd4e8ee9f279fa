package org.casegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The benchmark's Java side at size S (the article), so it cannot rot: the packaged service and the
 * floor on one Neo4j must give the same data for every question (and write the same claim and person
 * with the same audit record), the floor in one query and Casegraph in a bounded few, and the harness
 * must measure and report both. The peer's leg needs
 * Node.js and runs in CI's {@code bench/run S}.
 */
class BenchSmokeIT {

  @TempDir
  static Path work;

  private static Neo4jHost host;
  private static Servers servers;
  private static FloorServer floor;
  private static List<Target> targets;
  private static Parameters parameters;
  private static Driver driver;

  @BeforeAll
  static void start() throws Exception {
    var jar = Path.of("target", "casegraph.jar");
    assertThat(jar).as("the packaged service; run through ./mvnw verify").exists();
    host = new Neo4jHost(Files.createDirectories(work.resolve("store")), 64L * 1024 * 1024);
    servers = new Servers(work);
    var casegraph = servers.casegraph(jar, host.boltUri(), true, "-Xmx512m");
    floor = new FloorServer(0, host.boltUri());
    targets = List.of(casegraph, new Target(Target.Kind.FLOOR, floor.port(), ProcessHandle.current().pid()));
    driver = GraphDatabase.driver(host.boltUri(), AuthTokens.none());
    Harness.awaitSeed(driver);
    parameters = Parameters.discover(driver);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.close();
    }
    if (floor != null) {
      floor.close();
    }
    if (servers != null) {
      servers.close();
    }
    if (host != null) {
      host.close();
    }
  }

  @Test
  void shouldAskTheArticlesQuestionsOfCasegraphAndTheFloorAndGetTheSameData() {
    assertThat(parameters.person()).startsWith("person:");
    assertThat(parameters.claimant()).isEqualTo("org:article-publisher");
    Agreement.check(targets, parameters, driver, Harness::log);
  }

  @Test
  void shouldWriteTheSameClaimAndPersonWithTheSameAuditRecordThroughCasegraphAndTheFloor() {
    for (var question : Questions.WRITES) {
      var tag = Tags.next();
      targets.getFirst().ask(question, parameters, tag);
      var written = Written.readBack(driver, question.write().written(tag), tag);
      assertThat(Json.at(written, "audit")).as("the audit record of " + question.name()).asList().hasSize(1);
      Agreement.checkWrite(question, targets, parameters, driver, Harness::log);
    }
  }

  @Test
  void shouldNoticeWhenAWriteLeavesADifferentNode() {
    var recordClaim = Questions.named("recordClaim");
    var byAnother = new Parameters(parameters.person(), parameters.personName(), parameters.prison(), parameters.person(),
        parameters.centre(), parameters.source());
    var casegraphTag = Tags.next();
    targets.getFirst().ask(recordClaim, parameters, casegraphTag);
    var floorTag = Tags.next();
    targets.get(1).ask(recordClaim, byAnother, floorTag);
    var casegraph = Written.readBack(driver, recordClaim.write().written(casegraphTag), casegraphTag);
    var floorWrite = Written.readBack(driver, recordClaim.write().written(floorTag), floorTag);
    assertThat(casegraph).isNotNull().isNotEqualTo(floorWrite);
  }

  @Test
  void shouldNoticeWhenTheTwoDisagree() {
    var otherPerson = new Parameters("person:nicolas-maduro", parameters.personName(), parameters.prison(),
        parameters.claimant(), parameters.centre(), parameters.source());
    var lookup = Questions.named("lookup");
    var casegraph = targets.getFirst().canonical(lookup, targets.getFirst().ask(lookup, parameters));
    var floorAnswer = targets.get(1).canonical(lookup, targets.get(1).ask(lookup, otherPerson));
    assertThat(casegraph).isNotEqualTo(floorAnswer);
  }

  @Test
  void shouldAnswerEachReadInOneQueryOnBothAndAWriteInAFewOnCasegraph() {
    for (var question : Questions.ALL) {
      var casegraph = Harness.queriesPerRequest(host, targets.getFirst(), question, parameters, 3);
      var floorQueries = Harness.queriesPerRequest(host, targets.get(1), question, parameters, 3);
      assertThat(floorQueries).as("floor queries for " + question.name()).isEqualTo(1.0);
      if (question.writes()) {
        // A write checks its input, records the node before and after, and answers with it.
        assertThat(casegraph).as("Casegraph queries for " + question.name()).isBetween(1.0, 8.0);
      } else {
        // A read's relationship fields are compiled into the statement of its root field.
        assertThat(casegraph).as("Casegraph queries for " + question.name()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void shouldMeasureAndReportEveryQuestionOnBothServers() throws Exception {
    var load = new Load(work);
    var measures = new ArrayList<Harness.Measure>();
    for (var question : Questions.ALL) {
      for (var target : targets) {
        // A write on these shared cores can take a second or more (see docs/benchmarks.md, Writes): a longer load.
        var duration = Duration.ofSeconds(question.writes() ? 3 : 1);
        var one = load.run(target, question, parameters, 1, duration);
        var two = load.run(target, question, parameters, 2, duration);
        assertThat(one.failures() + two.failures()).as(target.label() + " failures on " + question.name()).isZero();
        assertThat(one.requests()).as(target.label() + " requests on " + question.name()).isPositive();
        measures.add(new Harness.Measure(question, target, one, two, 0, Double.NaN, Double.NaN));
      }
    }
    var memory = targets.stream().map(t -> new Harness.Memory(t, Double.NaN, Double.NaN, Double.NaN)).toList();
    var report = Report.markdown(new Harness.Run("S", "the article", Instant.now(), load.tool(), Duration.ofSeconds(1),
        parameters, measures, memory, List.of()));
    System.out.println(report);
    assertThat(report).contains("| lookup | Casegraph |", "| neighbourhood | floor |", "| recordClaim | Casegraph |",
        "| upsertPerson | floor |", "Casegraph ÷ floor p50");
  }
}
