package org.casegraph.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casegraph.event.Event;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule for figures through time: when a later figure is an update, and when two cannot both be true. */
class TallyTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @ParameterizedTest(name = "{0} {1} on {2}, then {3} {4} on {5}: {6}")
  @CsvSource(nullValues = "-", value = {
      // A tally growing over three reports: updates, never a contradiction.
      "EXACT, 40, 2024-11-18, EXACT, 65, 2024-11-20, -",
      "EXACT, 40, 2024-11-18, AT_LEAST, 40, 2024-11-19, -",
      // The same day: the ranges must meet.
      "EXACT, 65, 2024-11-20, EXACT, 150, 2024-11-20, SAME_TIME_COUNTS",
      "EXACT, 65, 2024-11-20, AT_LEAST, 60, 2024-11-20, -",
      // A count that goes down: the earlier lower bound above the later upper bound.
      "EXACT, 50, 2024-11-16, APPROXIMATELY, 40, 2024-11-18, DECREASING_COUNT",
      "AT_LEAST, 50, 2024-11-16, AT_MOST, 50, 2024-11-18, -",
      "MORE_THAN, 50, 2024-11-16, AT_MOST, 50, 2024-11-18, DECREASING_COUNT",
      "APPROXIMATELY, 50, 2024-11-16, EXACT, 46, 2024-11-18, -",
      // Dates that overlap cannot be ordered: compared as on the same day.
      "EXACT, 80, 2024-11, EXACT, 65, 2024-11-16, SAME_TIME_COUNTS",
      "EXACT, 65, 2024-11-16, EXACT, 80, 2024, SAME_TIME_COUNTS",
      "EXACT, 80, 2024-10, EXACT, 65, 2024-11-16, DECREASING_COUNT",
      "EXACT, 65, 2024-10, EXACT, 80, 2024-11, -",
      // Undated figures cannot be ordered against anything.
      "EXACT, 65, -, EXACT, 80, 2024-11-20, SAME_TIME_COUNTS",
      "AT_LEAST, 60, -, EXACT, 80, 2024-11-20, -",
      "EXACT, 65, -, EXACT, 80, -, SAME_TIME_COUNTS",
  })
  void shouldTellAnUpdateOfARunningTallyFromAConflict(QuantityQualifier q1, double v1, @Nullable String d1,
      QuantityQualifier q2, double v2, @Nullable String d2, @Nullable ContradictionKind expected) {
    var a = figure("claim:a", "org:a", q1, v1, d1);
    var b = figure("claim:b", "org:b", q2, v2, d2);
    assertThat(Tally.conflict(a, b, true)).isEqualTo(java.util.Optional.ofNullable(expected));
    assertThat(Tally.conflict(b, a, true)).isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} {1} on {2} and {3} {4} on {5}: {6}")
  @CsvSource(nullValues = "-", value = {
      "EXACT, 52, 2024-07-29, EXACT, 43, 2024-08-15, CONFLICTING_COUNTS",
      "EXACT, 43, 2024-07-29, EXACT, 52, 2024-08-15, CONFLICTING_COUNTS",
      "APPROXIMATELY, 52, 2024-07-29, EXACT, 50, 2024-08-15, -",
      "EXACT, 61, -, EXACT, 62, 2024-11-16, CONFLICTING_COUNTS",
  })
  void shouldCompareOtherQuantitiesWhateverTheirDates(QuantityQualifier q1, double v1, @Nullable String d1,
      QuantityQualifier q2, double v2, @Nullable String d2, @Nullable ContradictionKind expected) {
    var a = figure("claim:a", "org:a", q1, v1, d1);
    var b = figure("claim:b", "org:b", q2, v2, d2);
    assertThat(Tally.conflict(a, b, false)).isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @Test
  void shouldCountPeopleReleasedArrestedKilledOrChargedAsRunningTalliesButNotVoteSharesOrPrisons() {
    assertThat(Tally.running(Event.Kind.RELEASE, "people", "people")).isTrue();
    assertThat(Tally.running(Event.Kind.ARREST, "people", null)).isTrue();
    assertThat(Tally.running(Event.Kind.KILLING, "people", "people")).isTrue();
    assertThat(Tally.running(Event.Kind.CHARGING, "people", "people")).isTrue();
    assertThat(Tally.running(Event.Kind.RELEASE, "prisons", "people")).isFalse();
    assertThat(Tally.running(Event.Kind.ELECTION, "percent", null)).isFalse();
    assertThat(Tally.running(Event.Kind.PROTEST, "people", null)).isFalse();
    assertThat(Tally.running(Event.Kind.INAUGURATION, "years", null)).isFalse();
  }

  @Test
  void shouldOrderFiguresByDateAsRangesWithTheUndatedLast() {
    var figures = List.of(figure("claim:1", "org:a", QuantityQualifier.EXACT, 1, null),
        figure("claim:2", "org:a", QuantityQualifier.EXACT, 1, "2024-11-18"),
        figure("claim:3", "org:a", QuantityQualifier.EXACT, 1, "2024-11-16"),
        figure("claim:4", "org:a", QuantityQualifier.EXACT, 1, "2024-11"),
        figure("claim:5", "org:a", QuantityQualifier.EXACT, 1, "2024"));
    assertThat(figures.stream().sorted(Tally.ORDER).map(f -> f.claim().id()))
        .containsExactly("claim:5", "claim:4", "claim:3", "claim:2", "claim:1");
  }

  @Test
  void shouldGiveTheFloorAGrowingTallyHasReachedAndNameWhoSaysOtherwise() {
    var history = FigureHistories.of("event:e", "people", true, List.of(), List.of(
        figure("claim:rights-40", "org:rights", QuantityQualifier.EXACT, 40, "2024-11-18"),
        figure("claim:outlet-40", "org:outlet", QuantityQualifier.EXACT, 40, "2024-11-19"),
        figure("claim:rights-65", "org:rights", QuantityQualifier.EXACT, 65, "2024-11-20"),
        figure("claim:ministry-150", "org:ministry", QuantityQualifier.EXACT, 150, "2024-11-20")), null, TODAY);
    assertThat(history.figures()).extracting(f -> f.claim().id())
        .containsExactly("claim:rights-40", "claim:outlet-40", "claim:ministry-150", "claim:rights-65");
    assertThat(history.latestByClaimant()).extracting(f -> f.claim().id())
        .containsExactly("claim:outlet-40", "claim:ministry-150", "claim:rights-65");
    assertThat(history.low()).isEqualTo(65.0);
    assertThat(history.high()).isNull();
    assertThat(history.summary()).isEqualTo(
        "at least 65 people, by org:rights's count of 2024-11-20; org:ministry says exactly 150 people (2024-11-20)");
  }

  @Test
  void shouldBoundATallyFromAboveOnlyOnTheDayItsFigureWasGiven() {
    var figures = List.of(figure("claim:rights-40", "org:rights", QuantityQualifier.EXACT, 40, "2024-11-18"),
        figure("claim:rights-65", "org:rights", QuantityQualifier.EXACT, 65, "2024-11-20"));
    var onTheDay = FigureHistories.of("event:e", "people", true, List.of(), figures, PartialDate.parse("2024-11-20"), TODAY);
    assertThat(List.of(onTheDay.low(), onTheDay.high())).containsExactly(65.0, 65.0);
    assertThat(onTheDay.summary()).isEqualTo("exactly 65 people, by org:rights's count of 2024-11-20");
    var later = FigureHistories.of("event:e", "people", true, List.of(), figures, PartialDate.parse("2024-12"), TODAY);
    assertThat(later.high()).isNull();
  }

  @Test
  void shouldKeepEveryBoundOfAQuantityThatIsNotATally() {
    var history = FigureHistories.of("event:e", "percent", false, List.of(), List.of(
        figure("claim:a", "org:a", QuantityQualifier.MORE_THAN, 50, "2024-07-29"),
        figure("claim:b", "org:b", QuantityQualifier.APPROXIMATELY, 55, null)), null, TODAY);
    assertThat(List.of(history.low(), history.high())).containsExactly(50.0, 60.5);
    assertThat(history.summary()).startsWith("between 50 and 60.5 percent, by org:a's figure of 2024-07-29");
  }

  private static Figure figure(String id, String claimant, QuantityQualifier qualifier, double value, @Nullable String date) {
    var claim = new Claim(id, "A figure.", null, claimant, "source:s", PartialDate.parseNullable(date), "event:e",
        new Quantity(value, "people", qualifier));
    return Figure.of(claim, null, claimant);
  }
}
