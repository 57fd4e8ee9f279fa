package org.casegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A restricted source (a sealed witness statement: {@code datasets/restricted-witness.json}) beside the
 * article. Each query is asked before and after it is imported: a reader's answer must not change at
 * all, while readers with CONFIDENTIAL access (and admins) see the statement, its witness and what only
 * it backs.
 */
class RestrictedSourcesIT extends ApiIT {

  private static final String STATEMENT = "datasets/restricted-witness.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Words that only the sealed statement holds: ids, titles, names, quotes. */
  private static final List<String> SEALED = List.of("sealed", "lantern", "ximena", "valderrama", "sombra",
      "clandestino", "35 people", "at least 60");

  private static final List<String> RESTRICTED_IDS = List.of("source:test-sealed-witness-statement",
      "person:test-sealed-witness", "org:test-sealed-collective", "prison:test-sealed-annex",
      "event:test-sealed-transfer", "charge:test-sealed-espionage", "detention:test-sealed-witness-tocoron",
      "role:test-sealed-witness-volunteers-at-foro-penal", "claim:test-sealed-held-in-tocoron",
      "claim:test-sealed-35-released-tocoron", "claim:test-sealed-collective-at-least-60",
      "claim:test-sealed-night-transfer", "claim:test-sealed-maduro-watched-releases");


  @BeforeEach
  @AfterEach
  void removeTheStatement() {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':test-sealed-' DETACH DELETE n").execute();
      driver.executableQuery("MATCH (n:Restricted) REMOVE n:Restricted").execute();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lists", "filteredLists", "restrictedNodes", "entityFields", "claimFields",
      "contradictions", "stats", "search", "paths", "neighbourhood", "timeline", "facts"})
  void shouldShowAReaderExactlyWhatTheyHadBeforeTheRestrictedSourceArrived(String document) throws Exception {
    var query = new ClassPathResource("graphql-test/restricted/" + document + ".graphql").getContentAsString(StandardCharsets.UTF_8);
    var before = graphQl(TestTokens.READER, query);
    assertThat(graphQl(TestTokens.CONFIDENTIAL_READER, query)).isEqualTo(before);

    importStatement();

    var reader = graphQl(TestTokens.READER, query);
    assertThat(canonical(reader)).isEqualTo(canonical(before));
    assertNothingSealedIn(reader);
    assertCountsAgreeWithLists(reader);

    var confidential = graphQl(TestTokens.CONFIDENTIAL_READER, query);
    assertThat(canonical(confidential)).isNotEqualTo(canonical(before));
    assertThat(confidential.toLowerCase(Locale.ROOT)).containsAnyOf(SEALED.toArray(String[]::new));
    assertThat(JSON.readTree(confidential).has("errors")).as(confidential).isFalse();
    assertCountsAgreeWithLists(confidential);
    assertThat(canonical(graphQl(TestTokens.ADMIN, query))).isEqualTo(canonical(confidential));
  }

  @Test
  void shouldAnswerNotFoundForARestrictedNodeAsForAnUnknownOne() throws Exception {
    importStatement();
    var query = new ClassPathResource("graphql-test/restricted/restrictedNode.graphql").getContentAsString(StandardCharsets.UTF_8);
    for (var id : RESTRICTED_IDS) {
      var reader = JSON.readTree(graphQl(TestTokens.READER, query, Map.of("id", id)));
      var unknown = JSON.readTree(graphQl(TestTokens.READER, query, Map.of("id", id + "-unknown")));
      assertThat(reader.get("data").get("node").isNull()).as(id).isTrue();
      assertThat(reader.get("errors").get(0).get("extensions").get("classification").asString()).isEqualTo("NOT_FOUND");
      assertThat(reader.get("errors").get(0).get("message").asString().replace(id, "ID"))
          .isEqualTo(unknown.get("errors").get(0).get("message").asString().replace(id + "-unknown", "ID"));

      for (var token : List.of(TestTokens.CONFIDENTIAL_READER, TestTokens.ADMIN)) {
        var seen = JSON.readTree(graphQl(token, query, Map.of("id", id)));
        assertThat(seen.has("errors")).as(id).isFalse();
        assertThat(seen.get("data").get("node").get("id").asString()).isEqualTo(id);
      }
    }
  }

  @Test
  void shouldRefuseEveryQueryStartingAtARestrictedNodeAsIfItDidNotExist() throws Exception {
    importStatement();
    for (var query : List.of(
        "{ timeline(of: \"person:test-sealed-witness\") { id } }",
        "{ neighbourhood(of: \"prison:test-sealed-annex\") { nodes { id } } }",
        "{ shortestPath(from: \"person:alfredo-romero\", to: \"person:test-sealed-witness\") { length } }",
        "{ allShortestPaths(from: \"org:test-sealed-collective\", to: \"prison:tocoron\") { length } }")) {
      var reader = graphQl(TestTokens.READER, query);
      assertThat(JSON.readTree(reader).get("errors").get(0).get("extensions").get("classification").asString())
          .as(query).isEqualTo("NOT_FOUND");
      assertThat(JSON.readTree(graphQl(TestTokens.CONFIDENTIAL_READER, query)).has("errors")).as(query).isFalse();
    }
    assertThat(neighbourhood(TestTokens.READER, "person:test-sealed-witness").statusCode()).isEqualTo(404);
    assertThat(neighbourhood(TestTokens.CONFIDENTIAL_READER, "person:test-sealed-witness").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRouteAReadersShortestPathAroundTheRestrictedClaimThatWouldShortenIt() throws Exception {
    var query = """
        { shortestPath(from: "person:alfredo-romero", to: "person:nicolas-maduro") { length nodes { id } }
          allShortestPaths(from: "person:alfredo-romero", to: "person:nicolas-maduro", first: 100) { length nodes { id } } }
        """;
    var before = JSON.readTree(graphQl(TestTokens.READER, query)).get("data");
    importStatement();
    var reader = JSON.readTree(graphQl(TestTokens.READER, query)).get("data");
    var confidential = JSON.readTree(graphQl(TestTokens.CONFIDENTIAL_READER, query)).get("data");
    // The sealed statement has one claim about both men: two hops, for those who may see it.
    assertThat(confidential.get("shortestPath").get("length").asInt()).isEqualTo(2);
    assertThat(confidential.get("shortestPath").get("nodes").get(1).get("id").asString()).startsWith("claim:test-sealed-");
    assertThat(reader.get("shortestPath").get("length").asInt()).isGreaterThan(2)
        .isEqualTo(before.get("shortestPath").get("length").asInt());
    assertThat(reader.get("allShortestPaths")).isEqualTo(before.get("allShortestPaths"));
    assertNothingSealedIn(reader.toString());
  }

  @Test
  void shouldDrawTheSameNeighbourhoodForAReaderOverRest() throws Exception {
    var before = neighbourhood(TestTokens.READER, "prison:tocoron").body();
    importStatement();
    var reader = neighbourhood(TestTokens.READER, "prison:tocoron").body();
    assertThat(canonical(reader)).isEqualTo(canonical(before));
    assertNothingSealedIn(reader);
    var confidential = neighbourhood(TestTokens.CONFIDENTIAL_READER, "prison:tocoron").body();
    assertThat(confidential).contains("person:test-sealed-witness", "claim:test-sealed-35-released-tocoron");
  }

  @Test
  void shouldExportAndReopenACanvasHoldingTheWitnessWithoutHerForAReader() throws Exception {
    importStatement();
    var ids = "prison:tocoron,person:test-sealed-witness,org:foro-penal,person:alfredo-romero";
    for (var format : List.of("casegraph", "ftm", "cytoscape")) {
      var reader = send(TestTokens.READER, "/api/export?format=" + format + "&ids=" + ids);
      assertThat(reader.statusCode()).as(format).isEqualTo(200);
      assertThat(reader.body()).as(format).contains("Alfredo Romero");
      assertNothingSealedIn(reader.body());
      var confidential = send(TestTokens.CONFIDENTIAL_READER, "/api/export?format=" + format + "&ids=" + ids);
      assertThat(confidential.body()).as(format).contains("Ximena Valderrama");
    }
    var save = """
        mutation { saveView(input: {name: "Witness", state: "{}", ids: ["prison:tocoron", "person:test-sealed-witness"]}) { id missing } }
        """;
    try {
      for (var token : List.of(TestTokens.READER, TestTokens.CONFIDENTIAL_READER)) {
        var saved = JSON.readTree(graphQl(token, save)).get("data").get("saveView");
        var reopened = JSON.readTree(graphQl(token, "query($id: ID!) { savedView(id: $id) { ids missing } }",
            Map.of("id", saved.get("id").asString()))).get("data").get("savedView");
        assertThat(reopened.get("missing").valueStream().map(JsonNode::asString).toList()).as(token.name())
            .isEqualTo(token == TestTokens.READER ? List.of("person:test-sealed-witness") : List.of());
      }
    } finally {
      try (var driver = TestDatabase.driver()) {
        driver.executableQuery("MATCH (v:SavedView) DELETE v").execute();
      }
    }
  }

  @Test
  void shouldShowConfidentialReadersTheWitnessAndOnlyTheFactsTheStatementAloneBacksAsRestricted() throws Exception {
    importStatement();
    var confidential = JSON.readTree(graphQl(TestTokens.CONFIDENTIAL_READER, """
        { witness: node(id: "person:test-sealed-witness") { ... on Person { name detentions { id } charges { id } roles { id } } }
          romero: node(id: "person:alfredo-romero") { ... on Person { roles { id claims { id } } } }
          source: node(id: "source:test-sealed-witness-statement") { ... on Source { restricted claims { totalCount } } }
          article: node(id: "source:article-venezuela-post-election-releases") { ... on Source { restricted } } }
        """)).get("data");
    assertThat(confidential.get("witness").get("name").asString()).isEqualTo("Ximena Valderrama");
    assertThat(confidential.get("witness").get("detentions").get(0).get("id").asString()).isEqualTo("detention:test-sealed-witness-tocoron");
    assertThat(confidential.get("source").get("restricted").asBoolean()).isTrue();
    assertThat(confidential.get("source").get("claims").get("totalCount").asInt()).isEqualTo(5);
    assertThat(confidential.get("article").get("restricted").asBoolean()).isFalse();
    assertThat(confidential.get("romero").get("roles").get(0).get("claims").findValuesAsString("id"))
        .containsExactly("claim:romero-leads-foro-penal", "claim:test-sealed-held-in-tocoron");

    assertThat(labelled()).containsExactlyInAnyOrderElementsOf(RESTRICTED_IDS);
  }

  @Test
  void shouldShowEverythingToReadersOnceTheSourceIsNoLongerRestrictedAndChangeNothingOnARepeat() throws Exception {
    importStatement();
    var again = importer.importContent(statement());
    assertThat(List.of(again.nodesCreated(), again.relationshipsCreated(), again.propertiesSet(), again.labelsAdded()))
        .containsOnly(0);
    assertThat(labelled()).hasSameSizeAs(RESTRICTED_IDS);

    importer.importContent(new String(statement(), StandardCharsets.UTF_8)
        .replace("\"restricted\": true", "\"restricted\": false").getBytes(StandardCharsets.UTF_8));
    assertThat(labelled()).isEmpty();
    assertThat(graphQl(TestTokens.READER, "{ node(id: \"person:test-sealed-witness\") { id } }"))
        .contains("person:test-sealed-witness").doesNotContain("errors");

    importStatement();
    assertThat(labelled()).containsExactlyInAnyOrderElementsOf(RESTRICTED_IDS);
  }

  private void importStatement() throws Exception {
    importer.importContent(statement());
  }

  private static byte[] statement() throws Exception {
    return new ClassPathResource(STATEMENT).getContentAsByteArray();
  }

  private static List<String> labelled() {
    try (var driver = TestDatabase.driver()) {
      return driver.executableQuery("MATCH (n:Restricted) RETURN n.id AS id").execute().records().stream()
          .map(r -> r.get("id").asString()).toList();
    }
  }

  private static void assertNothingSealedIn(String response) {
    assertThat(response.toLowerCase(Locale.ROOT)).doesNotContain(SEALED.toArray(String[]::new));
  }

  /** Every connection fetched whole counts exactly the nodes it lists. */
  private static void assertCountsAgreeWithLists(String response) throws Exception {
    var connections = new ArrayList<JsonNode>();
    collectConnections(JSON.readTree(response), connections);
    for (var connection : connections) {
      var listed = connection.get("edges").size();
      if (listed < 50) {
        assertThat(connection.get("totalCount").asInt()).as(connection.toString()).isEqualTo(listed);
      }
    }
  }

  private static void collectConnections(JsonNode node, List<JsonNode> found) {
    if (node.has("totalCount") && node.has("edges")) {
      found.add(node);
    }
    node.forEach(child -> collectConnections(child, found));
  }

  /** The response with every list sorted, since paths and neighbourhoods come in no promised order. */
  private static String canonical(String response) throws Exception {
    return JSON.writeValueAsString(sorted(JSON.readTree(response)));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ArrayNode array) {
      var items = new ArrayList<JsonNode>();
      array.forEach(item -> items.add(sorted(item)));
      items.sort(Comparator.comparing(JsonNode::toString));
      var result = JSON.createArrayNode();
      items.forEach(result::add);
      return result;
    }
    if (node instanceof ObjectNode object) {
      var result = JSON.createObjectNode();
      object.properties().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> result.set(e.getKey(), sorted(e.getValue())));
      return result;
    }
    return node;
  }

  private String graphQl(TestTokens token, String query) throws Exception {
    return graphQl(token, query, Map.of());
  }

  private String graphQl(TestTokens token, String query, Map<String, Object> variables) throws Exception {
    var body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
    try (var client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
          .header("Authorization", token.bearer()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  private HttpResponse<String> send(TestTokens token, String path) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", token.bearer()).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private HttpResponse<String> neighbourhood(TestTokens token, String of) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/neighbourhood?depth=3&limit=500&of=" + of))
          .header("Authorization", token.bearer()).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
