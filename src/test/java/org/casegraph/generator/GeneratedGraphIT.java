package org.casegraph.generator;

import org.casegraph.support.TestTokens;
import org.casegraph.security.Tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casegraph.dataset.BulkWriter;
import org.casegraph.dataset.Dataset;
import org.casegraph.support.Folding;
import org.casegraph.graph.Link;
import org.casegraph.support.CountingDriver;
import org.casegraph.support.LinkEnds;
import org.casegraph.support.PartialDate;
import org.casegraph.support.TestDatabase;
import org.springframework.context.annotation.Import;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.Driver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API over a generated graph of the default size, written by the batched writer into a Neo4j of its
 * own (so the article's database stays as it is): counts, the biggest prison, a claimant's claims,
 * search with a typo, nodes by id, contradictions, paths, neighbourhoods, timelines and stats all
 * answer at that size, and a nested page costs as many round trips for 100 parents as for 5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "casegraph.seed.enabled=false")
@AutoConfigureHttpGraphQlTester
@Import(CountingDriver.class)
class GeneratedGraphIT {

  /** What the answers must be, read from the generated data set before it is written. */
  record Expected(int people, String biggestPrison, long biggestPrisonDetentions, String topClaimant, long topClaimantClaims,
      String searched, String typed, String sample, String sampleName, String contestedEvent) {

    static Expected of(Dataset graph) {
      var prisons = countBy(graph.detentions().stream().map(Dataset.DetentionItem::prison));
      var claimants = countBy(graph.claims().stream().map(Dataset.ClaimItem::claimant));
      var biggest = top(prisons);
      var claimant = top(claimants);
      var searched = rarelyNamed(graph);
      var sample = graph.people().get(122);
      var contested = graph.claims().stream().filter(c -> c.event() != null && c.contradicts() != null)
          .findFirst().orElseThrow().event();
      return new Expected(graph.people().size(), biggest, prisons.get(biggest), claimant, claimants.get(claimant),
          searched.id(), typo(searched.name()), sample.id(), sample.name(), contested);
    }

    /** A person whose full name is theirs alone and made of the rarest words, so a search must rank them first. */
    private static Dataset.PersonItem rarelyNamed(Dataset graph) {
      var names = countBy(graph.people().stream().map(Dataset.PersonItem::name));
      var words = countBy(graph.people().stream().flatMap(p -> Arrays.stream(p.name().split(" "))));
      ToLongFunction<Dataset.PersonItem> rarity = p -> Arrays.stream(p.name().split(" ")).mapToLong(words::get).sum();
      return graph.people().stream().filter(p -> names.get(p.name()) == 1 && p.name().split(" ").length >= 3)
          .min(Comparator.comparingLong(rarity).thenComparing(Dataset.PersonItem::id)).orElseThrow();
    }

    /** The name as typed in a hurry: no accents, and a letter missing from its longest word. */
    private static String typo(String name) {
      var folded = Folding.fold(name);
      var longest = Arrays.stream(folded.split(" ")).max(Comparator.comparingInt(String::length)).orElseThrow();
      var cut = longest.substring(0, longest.length() / 2) + longest.substring(longest.length() / 2 + 1);
      return folded.replace(longest, cut);
    }

    private static Map<String, Long> countBy(Stream<String> values) {
      return values.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String top(Map<String, Long> counts) {
      return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
    }
  }

  private static Expected expected;

  @Autowired
  private HttpGraphQlTester tester;

  private HttpGraphQlTester graphQl;

  @Autowired
  private Tokens tokens;

  @DynamicPropertySource
  static void largeNeo4j(DynamicPropertyRegistry registry) {
    registry.add("spring.neo4j.uri", TestDatabase::large);
    registry.add("spring.neo4j.authentication.password", () -> "");
  }

  @BeforeAll
  static void load(@Autowired BulkWriter writer) {
    var started = System.nanoTime();
    var graph = new GraphGenerator(GraphGenerator.DEFAULT_SEED, GraphGenerator.DEFAULT_PEOPLE).generate();
    System.out.printf("Generated %s in %.1f s%n", graph.counts(), (System.nanoTime() - started) / 1e9);
    expected = Expected.of(graph);
    var report = writer.write(graph, BulkWriter.DEFAULT_BATCH_SIZE, line -> System.out.println("  " + line));
    System.out.println("Loaded the generated graph: " + report);
  }

  /** Answers at this size are bigger and slower than the test client's defaults allow (256 kB, 5 s). */
  @BeforeEach
  void patientTester() {
    var patience = Duration.ofMinutes(1);
    TestTokens.ensure(tokens);
    graphQl = tester.mutate()
        .header("Authorization", TestTokens.READER.bearer())
        .webTestClient(client -> client.responseTimeout(patience)
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)))
        .responseTimeout(patience)
        .build();
  }

  @Test
  void shouldReachOnlyNodesOfTheTargetLabelThroughTheLinksReadWithoutALabelTest(@Autowired Driver driver) {
    var ends = LinkEnds.of(driver);

    assertThat(ends).allSatisfy((link, found) -> assertThat(found.unlabelled()).as(link.name()).isZero());
    assertThat(Stream.of(Link.CLAIMS_MADE, Link.SOURCE_CLAIMS, Link.FACT_CLAIMS, Link.CLAIMS_ABOUT, Link.PERSON_CHARGES,
        Link.CHARGE_DEFENDANTS, Link.DETENTION_CHARGES, Link.CLAIM_CONTRADICTS))
        .allSatisfy(link -> assertThat(ends.get(link).reached()).as(link.name()).isPositive());
  }

  @Test
  void shouldCountEveryGeneratedPerson() {
    timed("people(first: 20) { totalCount }", () -> graphQl.documentName("generatedPeopleCount").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(expected.people())
        .path("people.edges").entityList(Object.class).hasSize(20));
  }

  @Test
  void shouldListEveryDetentionInTheBiggestPrison() {
    timed("the biggest prison's detentions", () -> graphQl.documentName("generatedPrisonDetentions")
        .variable("prison", expected.biggestPrison()).execute()
        .path("node.detentions").entityList(Object.class).hasSize((int) expected.biggestPrisonDetentions())
        .path("node.detentions[0].person.id").entity(String.class).satisfies(id -> assertThat(id).startsWith("person:gen-")));
    assertThat(expected.biggestPrisonDetentions()).isGreaterThan(1_000);
  }

  @Test
  void shouldPageTheClaimsOfTheBusiestClaimant() {
    timed("claims(claimant: ...)", () -> graphQl.documentName("generatedClaimsByClaimant")
        .variable("claimant", expected.topClaimant()).execute()
        .path("claims.totalCount").entity(Long.class).isEqualTo(expected.topClaimantClaims())
        .path("claims.edges[*].node.claimant.id").entityList(String.class).hasSize(5)
        .satisfies(ids -> assertThat(ids).containsOnly(expected.topClaimant())));
  }

  @Test
  void shouldFindAGeneratedPersonByANameTypedWithATypo() {
    timed("search(text: \"" + expected.typed() + "\")", () -> graphQl.documentName("generatedSearch")
        .variable("text", expected.typed()).execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo(expected.searched()));
  }

  @Test
  void shouldFetchAGeneratedPersonById() {
    timed("node(id: \"" + expected.sample() + "\")", () -> graphQl.documentName("generatedPerson")
        .variable("id", expected.sample()).execute()
        .path("node.id").entity(String.class).isEqualTo(expected.sample())
        .path("node.name").entity(String.class).isEqualTo(expected.sampleName()));
  }

  @Test
  void shouldShowTheContradictingCountsOfAnEvent() {
    timed("contradictions(about: event)", () -> graphQl.documentName("generatedContradictions")
        .variable("about", expected.contestedEvent()).execute()
        .path("contradictions").entityList(Object.class).hasSizeGreaterThan(0)
        .path("contradictions[0].claims[*].quantity.value").entityList(Double.class).hasSize(2));
  }

  @Test
  void shouldConnectAGeneratedPersonToTheBiggestPrisonEachEdgeWithItsClaims() {
    var document = """
        query($from: ID!, $to: ID!) {
          shortestPath(from: $from, to: $to, excludeTypes: ["FROM"]) { length nodes { id } edges { type claims { id } } }
          allShortestPaths(from: $from, to: $to, excludeTypes: ["FROM"], first: 5) { length }
        }
        """;
    timed("shortestPath and allShortestPaths", () -> graphQl.document(document)
        .variable("from", expected.sample()).variable("to", expected.biggestPrison()).execute()
        .path("shortestPath.length").entity(Integer.class).satisfies(length -> assertThat(length).isBetween(1, 6))
        .path("shortestPath.nodes[0].id").entity(String.class).isEqualTo(expected.sample())
        .path("shortestPath.edges[*].claims").entityList(List.class).satisfies(claims -> assertThat(claims).allSatisfy(c -> assertThat(c).isNotEmpty()))
        .path("allShortestPaths[*].length").entityList(Integer.class).satisfies(lengths -> assertThat(lengths).isNotEmpty().containsOnly(lengths.getFirst())));
  }

  @Test
  void shouldCutTheBiggestPrisonsNeighbourhoodAtTheLimitAndSaySo() {
    timed("neighbourhood(of: biggest prison, limit: 50)", () -> graphQl.document("""
        query($of: ID!) { neighbourhood(of: $of, depth: 1, limit: 50) { truncated nodes { id } edges { type claims { id } } } }
        """).variable("of", expected.biggestPrison()).execute()
        .path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true)
        .path("neighbourhood.nodes").entityList(Object.class).hasSize(50)
        .path("neighbourhood.edges[*].claims").entityList(List.class).satisfies(claims -> assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c).isNotEmpty())));
  }

  @Test
  void shouldTellTheBiggestPrisonsStoryInDateOrder() {
    timed("timeline(of: biggest prison)", () -> graphQl.document("query($of: ID!) { timeline(of: $of) { date } }")
        .variable("of", expected.biggestPrison()).execute()
        .path("timeline[*].date").entityList(String.class).satisfies(dates -> {
          assertThat(dates).isNotEmpty();
          assertThat(dates.stream().map(PartialDate::parse).map(PartialDate::start).toList()).isSorted();
        }));
  }

  @Test
  void shouldCountClaimsPerClaimantAndDetentionsPerPrison() {
    timed("stats(first: 5)", () -> graphQl.document("""
        { stats(first: 5) { prisons { prison { id } releaseEvents detentions } claimants { claimant { id } claims contested } } }
        """).execute()
        .path("stats.claimants[0].claims").entity(Long.class).isEqualTo(expected.topClaimantClaims())
        .path("stats.prisons[*].detentions").entityList(Integer.class).satisfies(counts -> assertThat(counts).hasSize(5))
        .path("stats.prisons[*].prison.id").entityList(String.class).contains(expected.biggestPrison()));
  }

  @Test
  void shouldCostAsManyRoundTripsForAHundredParentsAsForFive() {
    var document = """
        query($first: Int) { claims(first: $first) { edges { node {
          claimant { name claimsMade(first: 2) { totalCount } } source { title } subjects { id }
          event { prison { name } participants { entity { id } } claims { id } } supports { id } contradicts { id } } } } }
        """;
    var few = roundTrips(() -> graphQl.document(document).variable("first", 5).execute().path("claims.edges").entityList(Object.class).hasSize(5));
    var many = roundTrips(() -> graphQl.document(document).variable("first", 100).execute().path("claims.edges").entityList(Object.class).hasSize(100));
    System.out.printf("Round trips for 5 claims: %d, for 100 claims: %d%n", few, many);
    assertThat(many).isEqualTo(few);
  }

  /** Round trips the request asks for, the token checked beforehand so that its (cached) lookup is not counted. */
  private long roundTrips(Runnable request) {
    graphQl.document("{ __typename }").execute().errors().verify();
    var before = CountingDriver.calls();
    request.run();
    return CountingDriver.calls() - before;
  }

  private static void timed(String what, Supplier<?> query) {
    var started = System.nanoTime();
    query.get();
    System.out.printf("%s answered in %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
  }
}
