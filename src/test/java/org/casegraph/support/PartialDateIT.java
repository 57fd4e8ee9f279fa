package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as precise as the source: refused when they are no date at all, returned as given. */
class PartialDateIT extends ApiIT {

  @Test
  void shouldRefuseImpossibleDatesWrittenInTheQueryAndNameEach() {
    graphQl.documentName("invalidDates").execute()
        .errors().satisfy(errors -> {
          assertThat(errors).hasSize(3).allSatisfy(ErrorMessages::assertNothingInternal);
          assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("'2024-13' is not a real date"));
          assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("'2024-02-30' is not a real date"));
          assertThat(errors).anySatisfy(e -> assertThat(e.getMessage())
              .contains("'yesterday' is not a partial date").contains("2024-07-28"));
          assertThat(errors).allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("classification", "ValidationError"));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024-02-30", "2023-02-29", "yesterday", "2024-7", "24", "2024-07-28T10:00", " 2024", ""})
  void shouldRefuseAnImpossibleDateGivenAsAVariableAndNameIt(String date) {
    graphQl.documentName("events").variable("from", date).execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
          assertThat(error.getMessage()).contains("'" + date + "'");
          assertThat(error.getExtensions()).containsEntry("classification", "ValidationError");
          ErrorMessages.assertNothingInternal(error);
        }));
  }

  @Test
  void shouldRefuseADateThatIsNotAString() {
    graphQl.documentName("events").variable("from", 2024).execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(error -> assertThat(error.getMessage()).contains("\"2024-07\"")));
  }

  @Test
  void shouldAcceptALeapDay() {
    graphQl.documentName("events").variable("from", "2024-02-29").execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(13);
  }

  @Test
  void shouldReturnEachDateAsPreciseAsTheSourceGivesIt() {
    graphQl.documentName("events").variable("kinds", List.of("ELECTION", "ASYLUM", "PROTEST", "INAUGURATION")).execute()
        .path("events.edges[*].node.id").entityList(String.class).containsExactly("event:gonzalez-asylum-spain",
            "event:maduro-third-term-inauguration", "event:post-election-protests", "event:presidential-election-2024")
        .path("events.edges[*].node.date").entityList(String.class).containsExactly("2024-09", "2025-01", "2024", "2024-07-28");
    graphQl.documentName("sources").execute()
        .path("sources.edges[0].node.publishedOn").entity(String.class).isEqualTo("2024-11-16");
  }
}
