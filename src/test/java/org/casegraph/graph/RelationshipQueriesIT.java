package org.casegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** How actors connect, what surrounds them and what happened when, on the article's graph. */
class RelationshipQueriesIT extends ApiIT {


  @Test
  void shouldAnswerANeighbourhoodOfDepthZeroWithTheNodeAlone() {
    graphQl.document("{ neighbourhood(of: \"prison:tocoron\", depth: 0) { nodes { id } edges { type } truncated } }").execute()
        .errors().verify()
        .path("neighbourhood.nodes[*].id").entityList(String.class).containsExactly("prison:tocoron")
        .path("neighbourhood.edges").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldConnectAlfredoRomeroToTocoronThroughHisClaimsEachEdgeWithItsClaims() {
    graphQl.document("""
        { shortestPath(from: "person:alfredo-romero", to: "prison:tocoron") {
            length nodes { id } edges { from to type claims { id claimant { id } } } } }
        """).execute()
        .path("shortestPath.length").entity(Integer.class).isEqualTo(2)
        .path("shortestPath.nodes[0].id").entity(String.class).isEqualTo("person:alfredo-romero")
        .path("shortestPath.nodes[2].id").entity(String.class).isEqualTo("prison:tocoron")
        .path("shortestPath.edges[*].type").entityList(String.class)
        .satisfies(types -> assertThat(types).containsExactlyInAnyOrder("CLAIMED_BY", "ABOUT"))
        .path("shortestPath.edges[0].claims[0].claimant.id").entity(String.class).isEqualTo("person:alfredo-romero");
  }

  @Test
  void shouldListEveryShortestPathAndLeaveOutWhatTheAnalystExcludes() {
    graphQl.document("""
        { allShortestPaths(from: "person:alfredo-romero", to: "prison:tocoron") { length nodes { id } } }
        """).execute()
        .path("allShortestPaths[*].length").entityList(Integer.class).satisfies(lengths -> assertThat(lengths).hasSizeGreaterThan(1).containsOnly(2))
        .path("allShortestPaths[*].nodes[1].id").entityList(String.class)
        .contains("claim:romero-50-released-tocoron", "claim:romero-three-other-prisons");

    graphQl.document("""
        { shortestPath(from: "person:alfredo-romero", to: "person:edmundo-gonzalez") { edges { type } } }
        """).execute()
        .path("shortestPath.edges[*].type").entityList(String.class).contains("FROM");
    graphQl.document("""
        { shortestPath(from: "person:alfredo-romero", to: "person:edmundo-gonzalez", excludeTypes: ["FROM"]) { edges { type } } }
        """).execute()
        .path("shortestPath.edges[*].type").entityList(String.class).doesNotContain("FROM");

    graphQl.document("""
        { shortestPath(from: "person:alfredo-romero", to: "prison:tocoron",
                       excludeSources: ["source:article-venezuela-post-election-releases"]) { length } }
        """).execute()
        .path("shortestPath").valueIsNull();
  }

  @Test
  void shouldRefuseBadPathArgumentsWithAClearError() {
    graphQl.document("{ shortestPath(from: \"person:alfredo-romero\", to: \"prison:tocoron\", maxHops: 0) { length } }")
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains("maxHops must be between 1 and 10");
        }));
    graphQl.document("{ shortestPath(from: \"person:alfredo-romero\", to: \"prison:tocoron\", maxHops: 1000) { length } }")
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    graphQl.document("{ shortestPath(from: \"person:nobody\", to: \"prison:tocoron\") { length } }")
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
          assertThat(e.getMessage()).contains("person:nobody");
        }));
    graphQl.document("{ allShortestPaths(from: \"person:alfredo-romero\", to: \"prison:nowhere\") { length } }")
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
          assertThat(e.getMessage()).contains("prison:nowhere");
        }));
    graphQl.document("{ neighbourhood(of: \"prison:nowhere\", depth: 2) { nodes { id } } }")
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
          assertThat(e.getMessage()).contains("prison:nowhere");
        }));
    graphQl.document("{ shortestPath(from: \"person:alfredo-romero\", to: \"prison:tocoron\", excludeTypes: [\"KNOWS\"]) { length } }")
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).contains("'KNOWS' is not a relationship type", "CLAIMED_BY")));
  }

  @Test
  void shouldDrawTheNeighbourhoodOfTocoronAndSayWhenTheLimitCutsIt() {
    graphQl.document("""
        { neighbourhood(of: "prison:tocoron", depth: 2, limit: 500) { truncated nodes { id } edges { from to type claims { id } } } }
        """).execute()
        .path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false)
        .path("neighbourhood.nodes[*].id").entityList(String.class)
        .contains("prison:tocoron", "event:release-tocoron", "claim:romero-50-released-tocoron", "person:alfredo-romero")
        .path("neighbourhood.edges[*].claims").entityList(List.class)
        .satisfies(claims -> assertThat(claims).allSatisfy(c -> assertThat(c).isNotEmpty()));

    graphQl.document("{ neighbourhood(of: \"prison:tocoron\", depth: 2, limit: 3) { truncated nodes { id } } }").execute()
        .path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true)
        .path("neighbourhood.nodes").entityList(Object.class).hasSize(3);
  }

  @Test
  void shouldServeTheNeighbourhoodAsCytoscapeElements() throws Exception {
    var ok = get("/api/neighbourhood?of=prison:tocoron&depth=1");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"elements\"", "\"nodes\"", "\"edges\"", "\"source\":\"event:release-tocoron\"",
        "\"target\":\"prison:tocoron\"", "\"label\":\"Tocorón\"");

    var missing = get("/api/neighbourhood?of=prison:nowhere");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("prison:nowhere").doesNotContain("Exception");
    assertThat(get("/api/neighbourhood?of=prison:tocoron&depth=9").statusCode()).isEqualTo(400);
  }

  @Test
  void shouldTellTocoronsStoryInDateOrderWithinARange() {
    graphQl.document("{ timeline(of: \"person:edmundo-gonzalez\") { id date } }").execute()
        .path("timeline[*].id").entityList(String.class)
        .satisfies(ids -> assertThat(ids).containsSubsequence("event:presidential-election-2024", "event:gonzalez-asylum-spain"));
    graphQl.document("{ timeline(of: \"prison:tocoron\", from: \"2024-11\", to: \"2024-11-30\") { id date } }").execute()
        .path("timeline[*].id").entityList(String.class).contains("event:release-tocoron")
        .path("timeline[*].date").entityList(String.class).satisfies(dates -> assertThat(dates).allMatch(d -> d.startsWith("2024")));
    graphQl.document("{ timeline(of: \"person:edmundo-gonzalez\", from: \"2024-08\", to: \"2024-12\") { id } }").execute()
        .path("timeline[*].id").entityList(String.class).containsExactly("event:gonzalez-asylum-spain");
  }

  @Test
  void shouldShowWhoDisagreesAboutTheElectionResult() {
    graphQl.document("""
        { contradictions(about: "org:cne", first: 50) { reason claims { id claimant { id } } } }
        """).execute()
        .path("contradictions[*].claims[*].claimant.id").entityList(String.class).contains("org:cne", "org:venezuelan-opposition")
        .path("contradictions[*].reason").entityList(String.class)
        .satisfies(reasons -> assertThat(reasons).allMatch(r -> r.startsWith("Recorded as contradicting")));
  }

  @Test
  void shouldFindCountsThatCannotBothBeTrueWithoutChangingAnyClaim() throws Exception {
    importer.importContent(new org.springframework.core.io.ClassPathResource("datasets/conflicting-count.json").getContentAsByteArray());
    try {
      var claimsBefore = org.casegraph.support.TestDatabase.count("MATCH (c:Claim) RETURN count(c) * 1000 + COUNT { ()-[:CONTRADICTS]->() }");
      // Radio Aragua's "about 40", published two days after Romero's fifty: a running count that went down.
      graphQl.document("{ contradictions(about: \"event:release-tocoron\") { kind reason claims { id } } }").execute()
          .path("contradictions[*].kind").entityList(String.class).containsExactly("DECREASING_COUNT")
          .path("contradictions[*].reason").entityList(String.class).satisfies(reasons -> assertThat(reasons)
              .anyMatch(r -> r.contains("cannot both be true") && r.contains("exactly 50 people on 2024-11-16")
                  && r.contains("later, Radio Aragua says about 40 people as published on 2024-11-18")));
      assertThat(org.casegraph.support.TestDatabase.count("MATCH (c:Claim) RETURN count(c) * 1000 + COUNT { ()-[:CONTRADICTS]->() }"))
          .isEqualTo(claimsBefore);
    } finally {
      org.casegraph.support.TestDatabase.clear();
    }
  }

  @Test
  void shouldCountReleasesPerPrisonChargesPerOffenceAndClaimsPerClaimant() {
    graphQl.document("""
        { stats { prisons { prison { id releaseCount } releaseEvents releaseCounts { value qualifier } reportedBy { id } }
                  offences { offence charges defendantCounts { value qualifier } }
                  claimants { claimant { id } claims contested } } }
        """).execute()
        .path("stats.prisons[0].prison.id").entity(String.class).isEqualTo("prison:tocoron")
        .path("stats.prisons[0].prison.releaseCount").entity(Integer.class).isEqualTo(1)
        .path("stats.prisons[0].releaseCounts[0]").entity(Map.class).isEqualTo(Map.of("value", 50.0, "qualifier", "EXACT"))
        .path("stats.prisons[0].reportedBy[*].id").entityList(String.class).contains("person:alfredo-romero")
        .path("stats.offences[*].offence").entityList(String.class).contains("terrorism", "incitement to hatred", "resistance to authority")
        .path("stats.claimants[?(@.claimant.id == 'org:cne')].contested").entityList(Integer.class).satisfies(c -> assertThat(c.getFirst()).isPositive());
  }

  private java.net.http.HttpResponse<String> get(String path) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", TestTokens.READER.bearer()).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
