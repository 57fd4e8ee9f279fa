package org.casegraph.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Figures through time, on {@code datasets/running-tally.json}: reports of a release tally over several
 * days, a ministry's same-day figure, a count that goes down, partial dates whose order is unknown,
 * undated claims, a vote share, and a restricted monitor's figure, beside the article.
 */
class FiguresIT extends ApiIT {

  private static final String RELEASE = "event:test-tally-release-el-rodeo";
  private static final String DETENTIONS = "event:test-tally-detentions-el-rodeo";
  private static final String KILLINGS = "event:test-tally-killings-barinas";
  private static final String CHARGES = "event:test-tally-charges-barinas";
  private static final String ELECTION = "event:test-tally-governor-election";
  private static final String PRISON = "prison:test-tally-el-rodeo";

  @BeforeEach
  void importTheReports() throws Exception {
    importer.importContent(new ClassPathResource("datasets/running-tally.json").getContentAsByteArray());
  }

  @AfterEach
  void removeTheReports() {
    driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':test-tally-' DETACH DELETE n").execute();
  }

  @Test
  void shouldSeeATallyGrowingOverThreeReportsAsUpdatesAndFlagOnlyTheMinistrysSameDayFigure() {
    contradictions(graphQl, RELEASE, null)
        .path("contradictions[*].kind").entityList(String.class).containsExactly("SAME_TIME_COUNTS")
        .path("contradictions[0].claims[*].id").entityList(String.class)
        .containsExactly("claim:test-tally-ministry-150", "claim:test-tally-observatorio-65")
        .path("contradictions[0].reason").entity(String.class).isEqualTo(
            "Counts that cannot both be true for \u201cReleases from El Rodeo I\u201d on the same day: "
                + "Ministerio del Interior says exactly 150 people on 2024-11-20; "
                + "Observatorio de Presos says exactly 65 people on 2024-11-20");
    contradictions(graphQl, "claim:test-tally-observatorio-40", null)
        .path("contradictions").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldFlagACountThatWentDownEarlierFigureFirst() {
    contradictions(graphQl, DETENTIONS, null)
        .path("contradictions[*].kind").entityList(String.class).containsExactly("DECREASING_COUNT")
        .path("contradictions[0].claims[*].id").entityList(String.class)
        .containsExactly("claim:test-tally-observatorio-120-detained", "claim:test-tally-llanero-90-detained")
        .path("contradictions[0].claims[*].asOfBasis").entityList(String.class).containsExactly("CLAIMED", "PUBLISHED")
        .path("contradictions[0].reason").entity(String.class).isEqualTo(
            "Counts that cannot both be true for \u201cDetainees brought to El Rodeo I\u201d, since a running count does not go down: "
                + "Observatorio de Presos says at least 120 people on 2024-11-10; "
                + "later, Diario del Llano says about 90 people as published on 2024-11-15");
  }

  @Test
  void shouldCompareCountsWhoseDatesCannotBeOrderedAsOnTheSameDay() {
    contradictions(graphQl, KILLINGS, null)
        .path("contradictions[*].kind").entityList(String.class).containsExactly("SAME_TIME_COUNTS")
        .path("contradictions[0].claims[*].asOf").entityList(String.class).containsExactly("2024-11-14", "2024-11")
        .path("contradictions[0].reason").entity(String.class).satisfies(reason -> assertThat(reason)
            .contains("on dates that overlap, so that which came first is unknown")
            .contains("Ministerio del Interior says exactly 8 people on 2024-11-14")
            .contains("Observatorio de Presos says exactly 12 people as published on 2024-11"));
  }

  @Test
  void shouldIncludeUndatedClaimsAndSaySoAtEveryDate() {
    contradictions(graphQl, CHARGES, null)
        .path("contradictions[*].kind").entityList(String.class).containsExactly("SAME_TIME_COUNTS")
        .path("contradictions[0].reason").entity(String.class).satisfies(reason -> assertThat(reason)
            .contains("when one of them is undated").contains("Diario del Llano says at least 30 people with no date"));
    figures(graphQl, CHARGES, null)
        .path("node.figures[0].figures[*].claim.id").entityList(String.class)
        .containsExactly("claim:test-tally-observatorio-20-charged", "claim:test-tally-leaflet-30-charged")
        .path("node.figures[0].figures[*].asOfBasis").entityList(String.class).containsExactly("CLAIMED", "UNDATED")
        .path("node.figures[0].figures[1].asOf").valueIsNull();
    // Before the dated claim, only the undated one is known, and nothing disagrees with it.
    figures(graphQl, CHARGES, "2024-11-01")
        .path("node.figures[0].figures[*].claim.id").entityList(String.class).containsExactly("claim:test-tally-leaflet-30-charged")
        .path("node.figures[0].low").entity(Double.class).isEqualTo(30.0)
        .path("node.figures[0].summary").entity(String.class).isEqualTo("at least 30 people, by Diario del Llano's undated count");
    contradictions(graphQl, CHARGES, "2024-11-01").path("contradictions").entityList(Object.class).hasSize(0);
    graphQl.document("{ node(id: \"claim:test-tally-leaflet-30-charged\") { ... on Claim { asOf asOfBasis } } }").execute()
        .path("node.asOf").valueIsNull()
        .path("node.asOfBasis").entity(String.class).isEqualTo("UNDATED");
  }

  @Test
  void shouldCompareAVoteShareWhateverItsDates() {
    contradictions(graphQl, ELECTION, null)
        .path("contradictions[*].kind").entityList(String.class).containsExactly("CONFLICTING_COUNTS")
        .path("contradictions[0].reason").entity(String.class).satisfies(reason -> assertThat(reason)
            .contains("whatever their dates").contains("exactly 61 percent on 2024-12-02").contains("exactly 48 percent on 2024-11-25"));
    figures(graphQl, ELECTION, null)
        .path("node.figures[0].running").entity(Boolean.class).isEqualTo(false)
        .path("node.figures[0].people[*].id").entityList(String.class).containsExactly("person:test-tally-candidate");
  }

  @Test
  void shouldAnswerWhatWasKnownBeforeAndAfterTheMinistrysReport() {
    contradictions(graphQl, RELEASE, "2024-11-19").path("contradictions").entityList(Object.class).hasSize(0);
    contradictions(graphQl, RELEASE, "2024-11-20").path("contradictions[*].kind").entityList(String.class)
        .containsExactly("SAME_TIME_COUNTS");
    contradictions(graphQl, RELEASE, "2024-11").path("contradictions").entityList(Object.class).hasSize(1);
    figures(graphQl, RELEASE, "2024-11-19")
        .path("node.figures[0].figures[*].value").entityList(Double.class).containsExactly(40.0, 40.0)
        .path("node.figures[0].low").entity(Double.class).isEqualTo(40.0)
        .path("node.figures[0].high").entity(Double.class).isEqualTo(40.0)
        .path("node.figures[0].summary").entity(String.class).isEqualTo("exactly 40 people, by Diario del Llano's count published 2024-11-19");
    figures(graphQl, RELEASE, "2024-11-17").path("node.figures").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldGiveTheFigureHistoryInDateOrderWithEachClaimantsLatestAndWhatItStillAllows() {
    figures(graphQl, RELEASE, null)
        .path("node.figures").entityList(Object.class).hasSize(1)
        .path("node.figures[0].event.id").entity(String.class).isEqualTo(RELEASE)
        .path("node.figures[0].unit").entity(String.class).isEqualTo("people")
        .path("node.figures[0].running").entity(Boolean.class).isEqualTo(true)
        .path("node.figures[0].figures[*].claim.id").entityList(String.class).containsExactly("claim:test-tally-observatorio-40",
            "claim:test-tally-llanero-40", "claim:test-tally-ministry-150", "claim:test-tally-observatorio-65")
        .path("node.figures[0].figures[*].asOf").entityList(String.class).containsExactly("2024-11-18", "2024-11-19", "2024-11-20", "2024-11-20")
        .path("node.figures[0].figures[*].asOfBasis").entityList(String.class).containsExactly("CLAIMED", "PUBLISHED", "CLAIMED", "CLAIMED")
        .path("node.figures[0].figures[*].qualifier").entityList(String.class).satisfies(q -> assertThat(q).containsOnly("EXACT"))
        .path("node.figures[0].figures[1].source.id").entity(String.class).isEqualTo("source:test-tally-llanero-tuesday")
        .path("node.figures[0].figures[1].claimant.name").entity(String.class).isEqualTo("Diario del Llano")
        .path("node.figures[0].latestByClaimant[*].claim.id").entityList(String.class).containsExactly(
            "claim:test-tally-llanero-40", "claim:test-tally-ministry-150", "claim:test-tally-observatorio-65")
        .path("node.figures[0].low").entity(Double.class).isEqualTo(65.0)
        .path("node.figures[0].high").valueIsNull()
        .path("node.figures[0].summary").entity(String.class).isEqualTo("at least 65 people, by Observatorio de Presos's count of 2024-11-20; "
            + "Ministerio del Interior says exactly 150 people (2024-11-20)");
  }

  @Test
  void shouldGiveAPrisonsReleaseAndDetentionFiguresAlsoInStatsAsOfADate() {
    graphQl.documentName("prisonFigures").variable("id", PRISON).execute()
        .path("node.figures[*].event.id").entityList(String.class).containsExactly(DETENTIONS, RELEASE)
        .path("node.figures[1].figures[*].claim.id").entityList(String.class).hasSize(4)
        .path("stats.prisons[?(@.prison.id == '%s')].releaseEvents".formatted(PRISON)).entityList(Integer.class).containsExactly(1)
        .path("stats.prisons[?(@.prison.id == '%s')].figures[*].event.id".formatted(PRISON)).entityList(String.class)
        .containsExactly(DETENTIONS, RELEASE);
    graphQl.documentName("prisonFigures").variable("id", PRISON).variable("kinds", List.of("RELEASE")).execute()
        .path("node.figures[*].event.id").entityList(String.class).containsExactly(RELEASE);
    graphQl.documentName("prisonFigures").variable("id", PRISON).variable("asOf", "2024-11-12").execute()
        .path("node.figures[*].event.id").entityList(String.class).containsExactly(DETENTIONS)
        .path("stats.prisons[?(@.prison.id == '%s')].releaseEvents".formatted(PRISON)).entityList(Integer.class).containsExactly(0)
        .path("stats.prisons[?(@.prison.id == '%s')].figures[*].figures[*].claim.id".formatted(PRISON)).entityList(String.class)
        .containsExactly("claim:test-tally-observatorio-120-detained")
        .path("stats.prisons[?(@.prison.id == 'prison:tocoron')].releaseEvents").entityList(Integer.class).containsExactly(0);
  }

  @Test
  void shouldKeepTheRestrictedMonitorsFigureFromReadersInHistoriesContradictionsAndAsOf() {
    var confidential = as(TestTokens.CONFIDENTIAL_READER);
    figures(graphQl, RELEASE, null)
        .path("node.figures[0].figures[*].claim.id").entityList(String.class).hasSize(4).doesNotContain("claim:test-tally-sealed-30")
        .path("node.figures[0].low").entity(Double.class).isEqualTo(65.0);
    figures(confidential, RELEASE, null)
        .path("node.figures[0].figures[*].claim.id").entityList(String.class).hasSize(5).satisfies(ids -> assertThat(ids).endsWith("claim:test-tally-sealed-30"))
        .path("node.figures[0].low").entity(Double.class).isEqualTo(30.0)
        .path("node.figures[0].summary").entity(String.class).satisfies(s -> assertThat(s).startsWith("at least 30 people, by Monitor Sellado"));
    for (var asOf : new String[] {null, "2024-11-30"}) {
      contradictions(graphQl, RELEASE, asOf)
          .path("contradictions").entityList(Object.class).hasSize(1)
          .path("contradictions[*].reason").entityList(String.class).satisfies(r -> assertThat(r.toString()).doesNotContain("Sellado"));
      contradictions(graphQl, null, asOf)
          .path("contradictions[*].claims[*].id").entityList(String.class).doesNotContain("claim:test-tally-sealed-30");
      contradictions(confidential, RELEASE, asOf)
          .path("contradictions[*].kind").entityList(String.class).satisfies(kinds -> assertThat(kinds).containsExactlyInAnyOrder("SAME_TIME_COUNTS",
              "DECREASING_COUNT", "DECREASING_COUNT", "DECREASING_COUNT", "DECREASING_COUNT"));
    }
    contradictions(confidential, RELEASE, "2024-11-21").path("contradictions").entityList(Object.class).hasSize(1);
    figures(confidential, RELEASE, "2024-11-21").path("node.figures[0].figures").entityList(Object.class).hasSize(4);
    graphQl.documentName("prisonFigures").variable("id", PRISON).execute()
        .path("stats.prisons[?(@.prison.id == '%s')].figures[*].figures[*].claim.id".formatted(PRISON)).entityList(String.class)
        .doesNotContain("claim:test-tally-sealed-30")
        .path("stats.prisons[*].reportedBy[*].id").entityList(String.class).doesNotContain("org:test-tally-sealed-monitor");
  }

  @Test
  void shouldStillFindTheArticlesRecordedContradictionsWithTheirKind() {
    contradictions(graphQl, "event:presidential-election-2024", null)
        .path("contradictions[*].kind").entityList(String.class).hasSize(12).satisfies(kinds -> assertThat(kinds).containsOnly("RECORDED"));
    contradictions(graphQl, "event:post-election-releases", null).path("contradictions").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldSayWhereEachClaimsDateComesFrom() {
    graphQl.document("""
            { own: node(id: "claim:test-tally-observatorio-65") { ... on Claim { claimedOn asOf asOfBasis } }
              published: node(id: "claim:romero-verified-107-released") { ... on Claim { claimedOn asOf asOfBasis } } }
            """).execute().errors().verify()
        .path("own.asOf").entity(String.class).isEqualTo("2024-11-20")
        .path("own.asOfBasis").entity(String.class).isEqualTo("CLAIMED")
        .path("published.claimedOn").valueIsNull()
        .path("published.asOf").entity(String.class).isEqualTo("2024-11-16")
        .path("published.asOfBasis").entity(String.class).isEqualTo("PUBLISHED");
  }

  @Test
  void shouldRefuseAnAsOfThatIsNotADateSayingWhy() {
    graphQl.document("""
            { contradictions(asOf: "2024-11-31") { kind } stats(asOf: "last week") { prisons { releaseEvents } } }
            """).execute().errors().satisfy(errors -> {
      assertThat(errors).hasSize(2).allSatisfy(org.casegraph.support.ErrorMessages::assertNothingInternal);
      assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("'2024-11-31' is not a real date"));
      assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("'last week' is not a partial date"));
    });
  }

  @Test
  void shouldCostTheSameRoundTripsForTheFiguresOfManyEventsAsOfOne() {
    var query = """
        { events(first: %d) { edges { node { figures(asOf: "2024-11-30") {
            event { id } people { id } figures { claim { asOf } claimant { name } source { title } } } } } } }
        """;
    var trips = new java.util.ArrayList<Long>();
    for (var first : new int[] {1, 1, 18, 18}) {
      var before = roundTrips();
      graphQl.document(query.formatted(first)).execute().errors().verify();
      trips.add(roundTrips() - before);
    }
    System.out.printf("Event.figures: round trips %s for 1, 1, 18 and 18 events%n", trips);
    assertThat(trips).containsOnly(trips.getFirst());
  }

  private static GraphQlTester.Traversable contradictions(GraphQlTester as, String about, String asOf) {
    var variables = new java.util.HashMap<String, Object>();
    variables.put("about", about);
    variables.put("asOf", asOf);
    return as.documentName("contradictionsAsOf").variables(variables).execute().errors().verify();
  }

  private static GraphQlTester.Traversable figures(GraphQlTester as, String id, String asOf) {
    var variables = new java.util.HashMap<String, Object>();
    variables.put("id", id);
    variables.put("asOf", asOf);
    return as.documentName("eventFigures").variables(variables).execute().errors().verify();
  }
}
