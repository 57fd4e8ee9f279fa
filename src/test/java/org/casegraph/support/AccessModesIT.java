package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Where a cluster would send each operation: queries only in read transactions (which followers can
 * answer), writes in write transactions (the leader); and read-your-writes, the bookmark a mutation
 * returns, sent back in a header, reaching the reads that follow.
 */
class AccessModesIT extends ApiIT {

  private static final Map<String, String> QUERIES = Map.of(
      "claims", "{ claims(first: 3) { totalCount edges { node { id claimant { name } source { title } subjects { name } } } } }",
      "node", "{ node(id: \"org:foro-penal\") { id ... on Organisation { members { person { name } } claimsMade(first: 2) { totalCount } } } }",
      "search", "{ search(text: \"alfredo romero\") { score entity { id } } }",
      "shortestPath", "{ shortestPath(from: \"person:alfredo-romero\", to: \"prison:tocoron\") { length edges { claims { id } } } }",
      "neighbourhood", "{ neighbourhood(of: \"prison:tocoron\") { nodes { id } } }",
      "contradictions", "{ contradictions(first: 2) { reason } }",
      "auditTrail", "{ auditTrail(first: 2) { totalCount } }",
      "timeline", "{ timeline(of: \"prison:tocoron\") { title } }");

  private static final String RECORD = """
      mutation { recordClaim(input: {id: "claim:access-modes", statement: "A statement.", claimant: "org:foro-penal",
        source: "source:article-venezuela-post-election-releases", subjects: ["prison:tocoron"]}) { id } }""";

  @AfterEach
  void forgetTheClaim() {
    forget("claim:access-modes");
    tokens.revoke("access-modes");
  }

  @Test
  void shouldReadInReadTransactionsAndWriteInWriteTransactions() {
    var seen = new LinkedHashMap<String, List<String>>();
    QUERIES.forEach((name, query) -> {
      roundTrips();
      CountingDriver.takeModes();
      graphQl.document(query).execute().errors().verify();
      seen.put(name, CountingDriver.takeModes());
    });
    var mutations = Map.of("recordClaim", RECORD,
        "createToken", "mutation { createToken(name: \"access-modes\", access: [READER]) { token { name } } }",
        "revokeToken", "mutation { revokeToken(name: \"access-modes\") }");
    for (var name : List.of("recordClaim", "createToken", "revokeToken")) {
      roundTrips();
      CountingDriver.takeModes();
      as(TestTokens.ADMIN).document(mutations.get(name)).execute().errors().verify();
      seen.put(name, CountingDriver.takeModes());
    }
    seen.forEach((name, modes) -> System.out.printf("AccessModesIT: %-14s %s%n", name, modes));

    QUERIES.keySet().forEach(name -> assertThat(seen.get(name)).as(name).isNotEmpty().containsOnly("READ"));
    mutations.keySet().forEach(name -> assertThat(seen.get(name)).as(name).containsOnlyOnce("WRITE"));
  }

  @Test
  void shouldReturnABookmarkWithEachWriteThatAReadCanWaitFor() {
    var editor = as(TestTokens.EDITOR);
    var response = editor.document(RECORD).execute();
    response.errors().verify().path("recordClaim.id").entity(String.class).isEqualTo("claim:access-modes");
    var bookmark = response.returnResponse().getExtensions().get(Bookmarks.EXTENSION);
    assertThat(bookmark).isInstanceOf(String.class);

    var after = graphQl.mutate().header(Bookmarks.HEADER, (String) bookmark).build();
    after.document("{ node(id: \"claim:access-modes\") { id } }").execute().errors().verify()
        .path("node.id").entity(String.class).isEqualTo("claim:access-modes");
    assertThat(graphQl.document("{ node(id: \"org:foro-penal\") { id } }").execute().returnResponse().getExtensions())
        .as("a query writes nothing, so it carries no bookmark").doesNotContainKey(Bookmarks.EXTENSION);
  }

  @Test
  void shouldRefuseABookmarkItDidNotGiveOut() {
    for (var forged : List.of("not a bookmark!", java.util.Base64.getUrlEncoder().encodeToString("FB:nonsense".getBytes()))) {
      refused(graphQl.mutate().header(Bookmarks.HEADER, forged).build());
    }
  }

  private static void refused(HttpGraphQlTester tester) {
    tester.document("{ node(id: \"org:foro-penal\") { id } }").execute().errors().satisfy(errors ->
        assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).hasToString("BAD_REQUEST");
          assertThat(e.getMessage()).contains("bookmark");
        }));
  }
}
