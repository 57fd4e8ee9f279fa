package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document asked again is answered for its own variables, and every limit still holds the second time. */
class ParsedDocumentsIT extends ApiIT {

  private static final String NAME = "query($id: ID!) { node(id: $id) { ... on Organisation { name } ... on Prison { name } } }";

  private static final String PAGES = """
      query($first: Int, $made: Int) { claims(first: $first) { edges { node { claimant {
          claimsMade(first: $made) { edges { node { claimant { claimsAbout(first: $made) { totalCount } } } } } } } } } }
      """;

  @Test
  void shouldAnswerTheSameDocumentForEachRequestsOwnVariables() {
    graphQl.document(NAME).variable("id", "org:foro-penal").execute().path("node.name").entity(String.class).isEqualTo("Foro Penal");
    graphQl.document(NAME).variable("id", "prison:tocoron").execute().path("node.name").entity(String.class)
        .isEqualTo("Tocorón");
    graphQl.document(NAME).variable("id", "org:foro-penal").execute().path("node.name").entity(String.class).isEqualTo("Foro Penal");
  }

  @Test
  void shouldCheckComplexityAgainstEachRequestsPageSizes() {
    graphQl.document(PAGES).variable("first", 2).variable("made", 2).execute().errors().verify();
    for (int i = 0; i < 2; i++) {
      graphQl.document(PAGES).variable("first", 100).variable("made", 100).execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("maximum query complexity exceeded")));
    }
    graphQl.document(PAGES).variable("first", 2).variable("made", 2).execute().errors().verify();
  }

  @Test
  void shouldCheckDepthAgainstEachRequestsDirectives() {
    var deep = """
        query($deep: Boolean!) { node(id: "claim:romero-50-released-tocoron") { ... on Claim { id
            supports @include(if: $deep) { supports { supports { supports { supports { supports { supports { supports {
              supports { supports { supports { supports { supports { supports { supports { id
            } } } } } } } } } } } } } } } } } }
        """;
    graphQl.document(deep).variable("deep", false).execute().errors().verify();
    graphQl.document(deep).variable("deep", true).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("maximum query depth exceeded")));
  }

  @Test
  void shouldRefuseABrokenOrOversizedDocumentEveryTimeItIsSent() {
    for (int i = 0; i < 2; i++) {
      graphQl.document("{ node(id: \"org:foro-penal\") { id ").execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("invalid syntax")));
      graphQl.document("{ node(id: \"org:foro-penal\") { " + "a: id ".repeat(31) + "} }").execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(e -> assertThat(e.getMessage()).contains("31 aliased fields")));
    }
  }
}
