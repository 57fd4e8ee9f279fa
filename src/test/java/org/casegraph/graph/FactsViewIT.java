package org.casegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.casegraph.support.ApiIT;
import org.casegraph.support.ErrorMessages;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FACTS view an analyst's browser draws: people, organisations, prisons, events and charges as
 * nodes, each fact one edge saying who says so and whether sources disagree, over GraphQL and as
 * Cytoscape JSON.
 */
class FactsViewIT extends ApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();


  @Test
  void shouldDrawAlfredoRomeroNextToForoPenalWithLeaderOnTheEdge() {
    graphQl.document("""
        { neighbourhood(of: "person:alfredo-romero", view: FACTS) {
            truncated leftOut nodes { id } edges { id from to type label contested offences claims { id quote } sources { id } } } }
        """).execute()
        .path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false)
        .path("neighbourhood.leftOut").entity(Integer.class).isEqualTo(0)
        .path("neighbourhood.nodes[*].id").entityList(String.class).satisfies(l -> assertThat(l).containsExactlyInAnyOrder("person:alfredo-romero", "org:foro-penal"))
        .path("neighbourhood.edges[*].id").entityList(String.class).containsExactly("role:alfredo-romero-leads-foro-penal")
        .path("neighbourhood.edges[0].from").entity(String.class).isEqualTo("person:alfredo-romero")
        .path("neighbourhood.edges[0].to").entity(String.class).isEqualTo("org:foro-penal")
        .path("neighbourhood.edges[0].type").entity(String.class).isEqualTo("ROLE")
        .path("neighbourhood.edges[0].label").entity(String.class).isEqualTo("leader")
        .path("neighbourhood.edges[0].contested").entity(Boolean.class).isEqualTo(false)
        .path("neighbourhood.edges[0].claims[*].id").entityList(String.class).containsExactly("claim:romero-leads-foro-penal")
        .path("neighbourhood.edges[0].sources[*].id").entityList(String.class)
        .containsExactly("source:article-venezuela-post-election-releases");
  }

  @Test
  void shouldDrawTocoronsReleaseAsAnEventAtThePrisonWithTheClaimsAndSourcesOfEachElement() throws Exception {
    var elements = get("/api/neighbourhood?of=prison:tocoron&view=facts&depth=2", TestTokens.READER);
    assertThat(elements.get("truncated").asBoolean()).isFalse();
    var nodes = elements.get("elements").get("nodes").findValues("data");
    assertThat(nodes).extracting(n -> n.get("kind").asString()).doesNotContain("Claim", "Source", "Role", "Detention")
        .contains("Prison", "Event", "Organisation");
    var release = nodes.stream().filter(n -> n.get("id").asString().equals("event:release-tocoron")).findFirst().orElseThrow();
    assertThat(release.get("eventKind").asString()).isEqualTo("RELEASE");
    assertThat(release.get("count").get("value").asDouble()).isEqualTo(50.0);
    assertThat(release.get("count").get("qualifier").asString()).isEqualTo("EXACT");
    assertThat(release.get("claimCount").asInt()).isEqualTo(release.get("claims").size()).isPositive();
    assertThat(release.get("sources").get(0).asString()).isEqualTo("source:article-venezuela-post-election-releases");

    var edges = elements.get("elements").get("edges").findValues("data");
    var at = edges.stream().filter(e -> e.get("type").asString().equals("AT")).findFirst().orElseThrow();
    assertThat(at.get("id").asString()).isEqualTo("event:release-tocoron|AT|prison:tocoron");
    assertThat(at.get("source").asString()).isEqualTo("event:release-tocoron");
    assertThat(at.get("target").asString()).isEqualTo("prison:tocoron");
    assertThat(at.get("claims")).extracting(JsonNode::asString).contains("claim:romero-50-released-tocoron");
    assertThat(at.get("claimants")).extracting(JsonNode::asString).contains("person:alfredo-romero");
    assertThat(at.get("contested").asBoolean()).isFalse();
    var ids = nodes.stream().map(n -> n.get("id").asString()).toList();
    assertThat(edges).allSatisfy(e -> assertThat(ids).contains(e.get("source").asString(), e.get("target").asString()));
    assertThat(edges).extracting(e -> e.get("id").asString()).doesNotHaveDuplicates();
  }

  @Test
  void shouldMarkTheElectionContestedWhereTheCneAndTheOppositionDisagreeButNotFoundPenalsLeader() {
    graphQl.document("""
        { cne: neighbourhood(of: "org:cne", view: FACTS) { edges { id contested } }
          romero: neighbourhood(of: "person:alfredo-romero", view: FACTS) { edges { id contested } } }
        """).execute()
        .path("cne.edges[?(@.id == 'org:cne|PARTICIPATION|event:presidential-election-2024')].contested").entityList(Boolean.class)
        .containsExactly(true)
        .path("romero.edges[*].contested").entityList(Boolean.class).satisfies(l -> assertThat(l).containsOnly(false));
  }

  @Test
  void shouldMarkTocoronsReleaseContestedOnceARadioCountsAboutFortyAgainstFifty() throws Exception {
    var query = "{ neighbourhood(of: \"prison:tocoron\", view: FACTS, types: [\"AT\"]) { edges { id type contested sources { id } } } }";
    graphQl.document(query).execute().path("neighbourhood.edges[*].contested").entityList(Boolean.class).satisfies(l -> assertThat(l).containsOnly(false));
    importer.importContent(new ClassPathResource("datasets/conflicting-count.json").getContentAsByteArray());
    try {
      graphQl.document(query).execute()
          .path("neighbourhood.edges[?(@.id == 'event:release-tocoron|AT|prison:tocoron')].contested").entityList(Boolean.class)
          .containsExactly(true)
          .path("neighbourhood.edges[*].type").entityList(String.class).satisfies(l -> assertThat(l).containsOnly("AT"))
          .path("neighbourhood.edges[?(@.id == 'event:release-tocoron|AT|prison:tocoron')].sources[*].id").entityList(String.class)
          .contains("source:test-conflicting-count", "source:article-venezuela-post-election-releases");
    } finally {
      forget("claim:test-about-40-released-tocoron", "org:test-local-radio", "source:test-conflicting-count");
    }
  }

  @Test
  void shouldLeaveTocoronsReleaseUncontestedWhenALaterReportCountsMoreReleasedThanTheArticle() throws Exception {
    var query = "{ neighbourhood(of: \"prison:tocoron\", view: FACTS, types: [\"AT\"]) { edges { id contested sources { id } } } }";
    importer.importContent(new ClassPathResource("datasets/growing-count.json").getContentAsByteArray());
    try {
      graphQl.document(query).execute()
          .path("neighbourhood.edges[?(@.id == 'event:release-tocoron|AT|prison:tocoron')].sources[*].id").entityList(String.class)
          .contains("source:test-growing-count")
          .path("neighbourhood.edges[?(@.id == 'event:release-tocoron|AT|prison:tocoron')].contested").entityList(Boolean.class)
          .containsExactly(false);
      var elements = get("/api/neighbourhood?of=prison:tocoron&view=facts&types=AT", TestTokens.READER);
      assertThat(elements.get("elements").get("edges").findValues("data"))
          .filteredOn(e -> e.get("id").asString().equals("event:release-tocoron|AT|prison:tocoron"))
          .extracting(e -> e.get("contested").asBoolean()).containsExactly(false);
    } finally {
      forget("claim:test-68-released-tocoron", "org:test-local-radio", "source:test-growing-count");
    }
  }

  @Test
  void shouldCountWhatEachTypeOfExpansionWouldAddAsTheNeighbourhoodThenDrawsIt() throws Exception {
    var expansions = get("/api/expansions?of=org:venezuela&view=facts", TestTokens.READER);
    assertThat(expansions.size()).isGreaterThanOrEqualTo(2);
    for (var expansion : expansions) {
      var type = expansion.get("type").asString();
      var drawn = graphQl.document("query($types: [String!]) { neighbourhood(of: \"org:venezuela\", view: FACTS, types: $types, limit: 500) { nodes { id } } }")
          .variable("types", List.of(type)).execute().path("neighbourhood.nodes[*].id").entityList(String.class).get();
      assertThat(expansion.get("count").asInt()).as(type).isPositive().isEqualTo(drawn.size() - 1);
      assertThat(expansion.get("label").asString()).isNotBlank();
    }
    graphQl.document("{ expansions(of: \"org:venezuela\") { type count } claims: expansions(of: \"org:venezuela\", view: CLAIMS) { type count } }")
        .execute()
        .path("expansions[*].type").entityList(String.class)
        .satisfies(l -> assertThat(l).containsExactlyElementsOf(expansions.valueStream().map(e -> e.get("type").asString()).toList()))
        .path("claims[*].type").entityList(String.class).contains("ABOUT");
  }

  @Test
  void shouldSayHowManyNodesAHubLeftOutBeyondTheLimitInEitherView() throws Exception {
    for (var view : List.of("FACTS", "CLAIMS")) {
      var whole = graphQl.document("query($v: GraphView) { neighbourhood(of: \"org:venezuela\", view: $v, limit: 500) { truncated nodes { id } } }")
          .variable("v", view).execute().path("neighbourhood.nodes[*].id").entityList(String.class).get();
      assertThat(whole.size()).as(view).isGreaterThan(3);
      graphQl.document("query($v: GraphView) { neighbourhood(of: \"org:venezuela\", view: $v, limit: 3) { truncated leftOut nodes { id } } }")
          .variable("v", view).execute()
          .path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true)
          .path("neighbourhood.nodes[*].id").entityList(String.class).hasSize(3)
          .path("neighbourhood.leftOut").entity(Integer.class).isEqualTo(whole.size() - 3);
    }
    var capped = get("/api/neighbourhood?of=org:venezuela&view=facts&limit=2", TestTokens.READER);
    assertThat(capped.get("truncated").asBoolean()).isTrue();
    assertThat(capped.get("leftOut").asInt()).isPositive();
    assertThat(capped.get("elements").get("nodes").size()).isEqualTo(2);
  }

  @Test
  void shouldConnectRomeroToTocoronThroughFactsAloneEachEdgeWithItsClaims() throws Exception {
    graphQl.document("""
        { allShortestPaths(from: "person:alfredo-romero", to: "prison:tocoron", view: FACTS) {
            length nodes { __typename id } edges { id from to type label claims { id } } } }
        """).execute()
        .path("allShortestPaths[0].length").entity(Integer.class).isEqualTo(3)
        .path("allShortestPaths[*].nodes[*].__typename").entityList(String.class).doesNotContain("Claim", "Source", "Role", "Detention")
        .path("allShortestPaths[0].nodes[*].id").entityList(String.class)
        .containsExactly("person:alfredo-romero", "org:foro-penal", "event:release-tocoron", "prison:tocoron")
        .path("allShortestPaths[0].edges[*].type").entityList(String.class).containsExactly("ROLE", "PARTICIPATION", "AT")
        .path("allShortestPaths[0].edges[0].id").entity(String.class).isEqualTo("role:alfredo-romero-leads-foro-penal")
        .path("allShortestPaths[0].edges[0].label").entity(String.class).isEqualTo("leader")
        .path("allShortestPaths[0].edges[1].label").entity(String.class).isEqualTo("verifier")
        .path("allShortestPaths[0].edges[*].claims").entityList(Object.class)
        .satisfies(l -> assertThat(l).allSatisfy(c -> assertThat((List<?>) c).isNotEmpty()));

    var drawn = get("/api/path?from=person:alfredo-romero&to=prison:tocoron&view=facts&all=true", TestTokens.READER);
    assertThat(drawn.get("paths").get(0).get("nodes")).extracting(JsonNode::asString)
        .containsExactly("person:alfredo-romero", "org:foro-penal", "event:release-tocoron", "prison:tocoron");
    var edgeIds = drawn.get("elements").get("edges").findValues("data").stream().map(e -> e.get("id").asString()).toList();
    assertThat(drawn.get("paths").get(0).get("edges")).extracting(JsonNode::asString).hasSize(3)
        .allSatisfy(id -> assertThat(edgeIds).contains(id));
    assertThat(drawn.get("elements").get("edges").findValues("data"))
        .allSatisfy(e -> assertThat(e.get("sources")).isNotEmpty());
  }

  @Test
  void shouldFindNoFactsPathWithoutTheOnlySourceOrThroughExcludedFacts() {
    graphQl.document("""
        { withoutTheArticle: shortestPath(from: "person:alfredo-romero", to: "prison:tocoron", view: FACTS,
            excludeSources: ["source:article-venezuela-post-election-releases"]) { length }
          withoutRoles: allShortestPaths(from: "person:alfredo-romero", to: "prison:tocoron", view: FACTS, excludeTypes: ["ROLE"]) {
            edges { type } } }
        """).execute()
        .path("withoutTheArticle").valueIsNull()
        .path("withoutRoles[*].edges[*].type").entityList(String.class).doesNotContain("ROLE");
  }

  @Test
  void shouldRefuseWhatTheFactsViewCannotDrawWithAReason() throws Exception {
    graphQl.document("{ neighbourhood(of: \"claim:romero-leads-foro-penal\", view: FACTS) { nodes { id } } }").execute()
        .errors().satisfy(errors -> refused(errors, ErrorType.BAD_REQUEST, "FACTS view"));
    graphQl.document("{ neighbourhood(of: \"person:nobody\", view: FACTS) { nodes { id } } }").execute()
        .errors().satisfy(errors -> refused(errors, ErrorType.NOT_FOUND, "person:nobody"));
    graphQl.document("{ neighbourhood(of: \"person:alfredo-romero\", view: FACTS, types: [\"KNOWS\"]) { nodes { id } } }").execute()
        .errors().satisfy(errors -> refused(errors, ErrorType.BAD_REQUEST, "ROLE, DETENTION"));
    assertThat(status("/api/neighbourhood?of=person:alfredo-romero&view=sideways")).isEqualTo(400);
    assertThat(status("/api/expansions?of=person:nobody")).isEqualTo(404);
  }

  @Test
  void shouldExportTheFactsViewOfExactlyTheNodesOnACanvas() throws Exception {
    var export = get("/api/export?format=cytoscape&ids=person:alfredo-romero,org:foro-penal,claim:romero-leads-foro-penal", TestTokens.READER);
    assertThat(export.get("elements").get("nodes").findValues("data")).extracting(n -> n.get("id").asString())
        .containsExactlyInAnyOrder("person:alfredo-romero", "org:foro-penal");
    assertThat(export.get("elements").get("edges").findValues("data")).singleElement()
        .satisfies(e -> assertThat(e.get("id").asString()).isEqualTo("role:alfredo-romero-leads-foro-penal"));
  }

  private JsonNode get(String path, TestTokens token) throws Exception {
    var response = send(path, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private int status(String path) throws Exception {
    return send(path, TestTokens.READER).statusCode();
  }

  private HttpResponse<String> send(String path, TestTokens token) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", token.bearer()).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void refused(List<ResponseError> errors, ErrorType type, String reason) {
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.getErrorType()).isEqualTo(type);
      assertThat(e.getMessage()).contains(reason);
      ErrorMessages.assertNothingInternal(e);
    });
  }
}
