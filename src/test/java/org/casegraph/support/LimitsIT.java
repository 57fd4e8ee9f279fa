package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runaway requests are refused with a message saying which limit they crossed, before any database work. */
class LimitsIT extends ApiIT {

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @Test
  void shouldRefuseAQueryNestedTooDeep() {
    var before = roundTrips();
    graphQl.document("""
        { node(id: "claim:romero-50-released-tocoron") { ... on Claim {
            supports { supports { supports { supports { supports { supports { supports { supports {
              supports { supports { supports { supports { supports { supports { supports { id
            } } } } } } } } } } } } } } } } } }
        """).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("maximum query depth exceeded")));
    assertThat(roundTrips()).isEqualTo(before);
  }

  @Test
  void shouldRefuseTooManyAliasesAndTooManyRootFieldsBeforeAnyDatabaseWork() {
    graphQl.document("{ viewer { name } }").execute().errors().verify();
    var before = roundTrips();
    var aliased = new StringBuilder("{ node(id: \"org:foro-penal\") { id ");
    for (int i = 0; i < 31; i++) {
      aliased.append("n").append(i).append(": id ");
    }
    graphQl.document(aliased.append("} }").toString()).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).isEqualTo("The request has 31 aliased fields; at most 30 are allowed")));
    var roots = new StringBuilder("{ ");
    for (int i = 0; i < 21; i++) {
      roots.append("s").append(i).append(": sources { totalCount } ");
    }
    graphQl.document(roots.append("}").toString()).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).isEqualTo("The operation asks for 21 top-level fields; at most 20 are allowed")));
    graphQl.document("{ ...a ...b } fragment a on Query { " + "sources { totalCount } ".repeat(11) + "} fragment b on Query { "
            + "viewer { name } ".repeat(11) + "}").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).contains("22 top-level fields")));
    assertThat(roundTrips()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAQueryWhosePageSizesMultiplyBeyondTheLimit() {
    graphQl.document("""
        { claims(first: 100) { edges { node { claimant {
            claimsMade(first: 100) { edges { node { claimant { claimsAbout(first: 100) { totalCount } } } } } } } } } }
        """).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("maximum query complexity exceeded")));
  }

  @Test
  void shouldRefuseARequestBodyOverTheLimitBeforeReadingIt() throws Exception {
    var padding = " ".repeat(1_100_000);
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .header("Authorization", TestTokens.READER.bearer())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\": \"{ sources { totalCount } }\"" + padding + "}"))
        .build();
    try (var client = java.net.http.HttpClient.newHttpClient()) {
      var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body()).contains("larger than 1048576 bytes");
    }
  }

  @Test
  void shouldAnswerAnOrdinaryNestedQuery() {
    graphQl.document("""
        { claims(first: 40) { edges { node { claimant { name claimsMade(first: 5) { totalCount } } source { title } } } } }
        """).execute().errors().verify().path("claims.edges").entityList(Object.class).hasSize(40);
  }
}
