package org.casegraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.casegraph.support.ApiIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Finding an entity by a name typed the way one remembers it. */
class SearchIT extends ApiIT {

  private static final String SEARCH = "query($text: String!) { search(text: $text) { score entity { id kind } } }";

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource({
      "nicolas maduro, person:nicolas-maduro",
      "NICOLÁS MADURO, person:nicolas-maduro",
      "tocoron, prison:tocoron",
      "Alfredo Romro, person:alfredo-romero",
      "Edmundo Gonzales, person:edmundo-gonzalez",
      "HRW, org:human-rights-watch",
      "Consejo Nacional Electoral, org:cne",
  })
  void shouldFindAnEntityWhateverTheAccentsCaseOrASmallTypo(String text, String id) {
    graphQl.document(SEARCH).variable("text", text).execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo(id);
  }

  @Test
  void shouldRankTheBestMatchFirstAndKeepToTheKindsAsked() {
    graphQl.document("{ search(text: \"foro penal romero\", first: 5) { score entity { id } } }").execute()
        .path("search[*].score").entityList(Double.class)
        .satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
    graphQl.document("{ search(text: \"foro penal romero\", kinds: [PERSON]) { entity { id kind } } }").execute()
        .path("search[*].entity.kind").entityList(String.class).satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("PERSON"))
        .path("search[0].entity.id").entity(String.class).isEqualTo("person:alfredo-romero");
  }

  @ParameterizedTest
  @ValueSource(strings = {"maduro\" OR *:*", "romero~~~^2 (((", "name:tocoron AND", "') RETURN 1 //", "tocoron \\\\ / [] {} ! ? ~",
      "madur* && ||", "\u202Emaduro\u0000"})
  void shouldNeverFailOnQuerySyntaxInWhatTheUserTyped(String text) {
    graphQl.document(SEARCH).variable("text", text).execute().errors().verify().path("search").hasValue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "*?~"})
  void shouldSayWhatIsWrongWithEmptySearchText(String text) {
    graphQl.document(SEARCH).variable("text", text).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains("at least one letter or digit");
        }));
  }

  @Test
  void shouldFindOnlyTheKindsAskedFor() {
    graphQl.documentName("search").variable("text", "maduro").variable("kinds", java.util.List.of("ORGANISATION")).execute()
        .path("search[*].entity.__typename").entityList(String.class).doesNotContain("Person");
    graphQl.documentName("search").variable("text", "tocoron").variable("kinds", java.util.List.of("PRISON")).execute()
        .path("search[*].entity.id").entityList(String.class).containsExactly("prison:tocoron");
  }

  @Test
  void shouldTreatAnExplicitlyNullFirstAsTheDefault() {
    graphQl.documentName("search").variable("text", "maduro").variable("first", null).execute()
        .path("search[0].entity.id").entity(String.class).isEqualTo("person:nicolas-maduro");
  }
}
