package org.casegraph.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Cypher shapes the benchmark made Casegraph change, before and after, on a generated store
 * ({@code bench/jmh M}): the claims behind an edge, a page of the people held in a prison, and a page
 * of the busiest claimant's claims (sorted, de-duplicated, and with the labels tested on each claim),
 * and the benchmark's neighbourhood returning whole nodes or only their ids and labels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CypherShapesBenchmark {

  /** The edges of one detention: to its person, its prison and its charge, none of them a claim. */
  private static final String EDGES_OF_A_DETENTION = """
      MATCH (:Detention {id: 'detention:gen-000001'})-[r]-() WHERE NOT startNode(r):Claim AND NOT endNode(r):Claim
      RETURN collect(%s) AS claims
      """;

  private static final String EDGE_CLAIMS_SCANNING = """
      COLLECT { MATCH (c:Claim)-[:ASSERTS|REPORTS]->(f) WHERE f IN [startNode(r), endNode(r)] RETURN DISTINCT c.id ORDER BY c.id }""";

  private static final String EDGE_CLAIMS_FROM_THE_ENDS = """
      COLLECT { UNWIND [startNode(r), endNode(r)] AS f MATCH (f)<-[:ASSERTS|REPORTS]-(c:Claim) RETURN DISTINCT c.id AS id ORDER BY id }""";

  private static final String PEOPLE_IN_PRISON_SWITCHED_FILTERS = """
      CALL () { MATCH (n:Person) WHERE %1$s RETURN count(n) AS total }
      CALL () { MATCH (n:Person) WHERE (%1$s) AND ($after IS NULL OR n.id > $after) WITH n ORDER BY n.id LIMIT 21 RETURN collect(n) AS page }
      RETURN total, page
      """.formatted("""
      ($organisation IS NULL OR EXISTS { (n)<-[:OF]-(:Role)-[:IN]->(:Organisation {id: $organisation}) })
      AND ($prison IS NULL OR EXISTS { (n)<-[:OF]-(:Detention)-[:AT]->(:Prison {id: $prison}) })
      AND ($offence IS NULL OR EXISTS { (n)<-[:AGAINST]-(c:Charge) WHERE c.offenceKey CONTAINS $offence })
      AND ($name IS NULL OR n.nameKey CONTAINS $name)""");

  private static final String PEOPLE_IN_PRISON_ANCHORED = """
      CALL () { MATCH (:Prison {id: $prison})<-[:AT]-(:Detention)-[:OF]->(n:Person) WHERE true RETURN count(DISTINCT n) AS total }
      CALL () { MATCH (n:Person) WHERE (EXISTS { (n)<-[:OF]-(:Detention)-[:AT]->(:Prison {id: $prison}) })
                AND n.id > coalesce($after, '') WITH n ORDER BY n.id LIMIT 21 RETURN collect(n) AS page }
      RETURN total, page
      """;

  private static final String CLAIMS_PAGE_SORTING_ALL = """
      UNWIND [{id: $claimant, after: null, limit: 21}] AS key
      OPTIONAL MATCH (p:Node {id: key.id})
      CALL (p, key) {
        OPTIONAL MATCH (p)<-[:CLAIMED_BY]-(t:Claim)
        WITH DISTINCT t WITH t ORDER BY t.id
        WITH count(t) AS total, collect(t) AS all
        RETURN total, [x IN all WHERE key.after IS NULL OR x.id > key.after][..key.limit] AS page
      }
      RETURN total, page
      """;

  private static final String CLAIMS_PAGE_TOP_ONLY = """
      UNWIND [{id: $claimant, after: null, limit: 21}] AS key
      OPTIONAL MATCH (p:Node {id: key.id})
      CALL (p, key) { RETURN COUNT { MATCH (p)<-[:CLAIMED_BY]-(t:Claim) RETURN DISTINCT t } AS total }
      CALL (p, key) {
        OPTIONAL MATCH (p)<-[:CLAIMED_BY]-(t:Claim) WHERE t.id > coalesce(key.after, '')
        WITH DISTINCT t ORDER BY t.id LIMIT 21
        RETURN collect(t)[..key.limit] AS page
      }
      RETURN total, page
      """;

  private static final String CLAIMS_PAGE_WITHOUT_REPEATS = """
      UNWIND [{id: $claimant, after: null, limit: 21}] AS key
      OPTIONAL MATCH (p:Node {id: key.id})
      CALL (p, key) { RETURN COUNT { MATCH (p)<-[:CLAIMED_BY]-(t:Claim) RETURN t } AS total }
      CALL (p, key) {
        OPTIONAL MATCH (p)<-[:CLAIMED_BY]-(t:Claim) WHERE t.id > coalesce(key.after, '')
        WITH t ORDER BY t.id LIMIT 21
        RETURN collect(t)[..key.limit] AS page
      }
      RETURN total, page
      """;

  /** The compiled claims question as it tested every claim for three labels, for the total and the page. */
  private static final String CLAIMS_PAGE_LABELLED = """
      MATCH (n:Node&!Restricted {id: $claimant}) WITH n RETURN {n: n, f0: CASE WHEN n:Organisation THEN {
        total: COUNT { MATCH (n)<-[:CLAIMED_BY]-(v1:Claim&Node&!Restricted) RETURN v1 },
        page: COLLECT { MATCH (n)<-[:CLAIMED_BY]-(v2:Claim&Node&!Restricted) WHERE v2.id > '' WITH v2 ORDER BY v2.id ASC LIMIT 21
          RETURN {n: v2, f0: head(COLLECT { MATCH (v3:Node&!Restricted {id: v2.source}) RETURN {n: v3} })} }} END} AS row
      """;

  /** The same, as compiled now: a {@code CLAIMED_BY} reaches only claims, so only restriction is tested. */
  private static final String CLAIMS_PAGE_TYPED = """
      MATCH (n:Node&!Restricted {id: $claimant}) WITH n RETURN {n: n, f0: CASE WHEN n:Organisation THEN {
        total: COUNT { MATCH (n)<-[:CLAIMED_BY]-(v1) WHERE NOT (v1:Restricted) RETURN v1 },
        page: COLLECT { MATCH (n)<-[:CLAIMED_BY]-(v2) WHERE (NOT (v2:Restricted) AND v2.id > '') WITH v2 ORDER BY v2.id ASC LIMIT 21
          RETURN {n: v2, f0: head(COLLECT { MATCH (v3:Node&!Restricted {id: v2.source}) RETURN {n: v3} })} }} END} AS row
      """;

  /** The neighbourhood of depth 2 as the service asks it, the edges without their claims; %s is what it returns of each node. */
  private static final String NEIGHBOURHOOD = """
      MATCH (a:Node&!Restricted {id: $of})
      CALL (a) {
        MATCH (a) (()--(:Node&!Restricted)){0,2} (x:Node)
        WITH DISTINCT x LIMIT $limit + $counted
        RETURN collect(x) AS found
      }
      WITH found[..$limit] AS kept, size(found) > $limit AS truncated, size(found) - $limit AS over
      CALL (kept) {
        UNWIND kept AS x
        MATCH (x)-[r]->(y) WHERE y IN kept
        RETURN collect({from: startNode(r).id, to: endNode(r).id, type: type(r), claims: []}) AS edges
      }
      RETURN %s AS nodes, edges, truncated, CASE WHEN over > 0 THEN over ELSE 0 END AS leftOut
      """;

  @Param("bench/data/M")
  public String store;

  private String prison;
  private String claimant;
  private Map<String, Object> neighbourhood;

  private Neo4jHost host;
  private Driver driver;
  private Map<String, Object> filters;

  @Setup(Level.Trial)
  public void open() {
    host = new Neo4jHost(Path.of(store), 2048L * 1024 * 1024);
    driver = GraphDatabase.driver(host.boltUri(), AuthTokens.none());
    var parameters = Parameters.discover(driver);
    prison = parameters.prison();
    claimant = parameters.claimant();
    // The service's default for counting past the limit (casegraph.graph.max-counted).
    neighbourhood = Map.of("of", parameters.centre(), "limit", Parameters.NEIGHBOURHOOD_LIMIT, "counted", 10_000);
    filters = new HashMap<>();
    filters.put("organisation", null);
    filters.put("prison", prison);
    filters.put("offence", null);
    filters.put("name", null);
    filters.put("after", null);
  }

  @TearDown(Level.Trial)
  public void close() {
    driver.close();
    host.close();
  }

  @Benchmark
  public Object claimsPageSortingAll() {
    return driver.executableQuery(CLAIMS_PAGE_SORTING_ALL).withParameters(Map.of("claimant", claimant)).execute().records();
  }

  @Benchmark
  public Object claimsPageTopOnly() {
    return driver.executableQuery(CLAIMS_PAGE_TOP_ONLY).withParameters(Map.of("claimant", claimant)).execute().records();
  }

  @Benchmark
  public Object claimsPageWithoutRepeats() {
    return driver.executableQuery(CLAIMS_PAGE_WITHOUT_REPEATS).withParameters(Map.of("claimant", claimant)).execute().records();
  }

  @Benchmark
  public Object claimsPageLabelled() {
    return driver.executableQuery(CLAIMS_PAGE_LABELLED).withParameters(Map.of("claimant", claimant)).execute().records();
  }

  @Benchmark
  public Object claimsPageTyped() {
    return driver.executableQuery(CLAIMS_PAGE_TYPED).withParameters(Map.of("claimant", claimant)).execute().records();
  }

  @Benchmark
  public Object neighbourhoodWholeNodes() {
    return driver.executableQuery(NEIGHBOURHOOD.formatted("kept")).withParameters(neighbourhood).execute().records();
  }

  @Benchmark
  public Object neighbourhoodIdsAndLabels() {
    return driver.executableQuery(NEIGHBOURHOOD.formatted("[x IN kept | {id: x.id, labels: labels(x)}]"))
        .withParameters(neighbourhood).execute().records();
  }

  @Benchmark
  public Object edgeClaimsScanningEveryClaim() {
    return driver.executableQuery(EDGES_OF_A_DETENTION.formatted(EDGE_CLAIMS_SCANNING)).execute().records();
  }

  @Benchmark
  public Object edgeClaimsFromTheEnds() {
    return driver.executableQuery(EDGES_OF_A_DETENTION.formatted(EDGE_CLAIMS_FROM_THE_ENDS)).execute().records();
  }

  @Benchmark
  public Object peopleInPrisonWithSwitchedFilters() {
    return driver.executableQuery(PEOPLE_IN_PRISON_SWITCHED_FILTERS).withParameters(filters).execute().records();
  }

  @Benchmark
  public Object peopleInPrisonAnchored() {
    return driver.executableQuery(PEOPLE_IN_PRISON_ANCHORED).withParameters(filters).execute().records();
  }
}
