package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casegraph.security.Restrictions;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ties in the data-set format: the ties a FollowTheMoney import made, exported as a data set with the claims
 * that assert them, and given back whole when that export is imported again.
 */
class DatasetTiesIT extends ApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String IMPORT = "/api/import?format=ftm&dataset=registry-test&publisher=Test%20Registry"
      + "&url=https://registry.example.org/";
  private static final String SOURCE = "source:ftm-registry-test";
  private static final List<String> TIES = List.of("tie:ftm-assoc-1", "tie:ftm-dir-1", "tie:ftm-fam-1", "tie:ftm-own-1", "tie:ftm-unk-1");
  /** What the FollowTheMoney import wrote: its source, publisher, people, organisations, facts and claims. */
  private static final String IMPORTED = """
      MATCH (n:Node) WHERE n.id = $source OR any(p IN ['tie:ftm-', 'role:ftm-', 'claim:ftm-', 'person:ftm-', 'org:ftm-'] WHERE n.id STARTS WITH p)
      """;
  /** Each tie as a reader finds it, with the claims that assert it and the way to their source. */
  private static final String TIE_FIELDS = """
      ... on Tie { id kind relationship percentage since until from { id name } to { id name }
        claims { id statement quote claimedOn claimant { id name } source { id title publisher url restricted } subjects { id } } }""";


  @AfterEach
  void forgetTheImport() {
    driver.executableQuery(IMPORTED + "DETACH DELETE n").withParameters(Map.of("source", SOURCE)).execute();
    driver.executableQuery("MATCH (c:Change|ChangedNode) DETACH DELETE c").execute();
  }

  @Test
  void shouldGiveBackTheSameTiesWithTheSameClaimsWhenADataSetExportIsImportedAgain() throws Exception {
    assertThat(postApi(IMPORT, fixture(), TestTokens.ADMIN).statusCode()).isEqualTo(200);
    var before = ties(TestTokens.READER);
    assertThat(before.findValues("kind")).hasSize(5);

    var export = getApi("/api/export?format=casegraph", TestTokens.READER).body();
    var dataset = JSON.readTree(export);
    assertThat(ids(dataset, "ties")).containsExactlyElementsOf(TIES);
    assertThat(dataset.get("ties").get(3)).isEqualTo(JSON.readTree("""
        {"id": "tie:ftm-own-1", "kind": "OWNERSHIP", "from": "person:ftm-p-ana", "to": "org:ftm-c-holding",
         "percentage": "51", "since": "2020-01-15", "until": "2023"}"""));
    assertThat(ids(dataset, "claims")).contains("claim:ftm-registry-test-tie-ftm-own-1", "claim:ftm-registry-test-tie-ftm-assoc-1");
    assertThat(dataset.get("claims").valueStream().filter(c -> c.get("id").asString().equals("claim:ftm-registry-test-tie-ftm-fam-1"))
        .findFirst().orElseThrow().get("asserts")).isEqualTo(JSON.readTree("[\"tie:ftm-fam-1\"]"));

    var removed = TestDatabase.count(IMPORTED.replace("$source", "'" + SOURCE + "'") + "DETACH DELETE n RETURN count(*)");
    assertThat(removed).isGreaterThan(TIES.size());
    assertThat(TestDatabase.count("MATCH (t:Tie) RETURN count(t)")).isZero();
    var report = JSON.readTree(postApi("/api/import?format=casegraph", export, TestTokens.ADMIN).body());

    assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.get("created").asLong()).isEqualTo(removed);
    assertThat(ties(TestTokens.READER)).isEqualTo(before);
    assertThat(JSON.readTree(getApi("/api/export?format=casegraph", TestTokens.READER).body()).get("ties")).isEqualTo(dataset.get("ties"));
  }

  @Test
  void shouldExportTheTiesAroundANodeAndAmongTheNodesOnACanvas() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);

    var around = JSON.readTree(getApi("/api/export?format=casegraph&around=person:ftm-p-luis&depth=1", TestTokens.READER).body());
    assertThat(ids(around, "ties")).containsExactly("tie:ftm-assoc-1", "tie:ftm-fam-1");
    assertThat(ids(around, "claims")).contains("claim:ftm-registry-test-tie-ftm-assoc-1", "claim:ftm-registry-test-tie-ftm-fam-1");
    assertThat(ids(around, "people")).contains("person:ftm-p-ana", "person:ftm-p-luis", "person:alfredo-romero");

    var canvas = JSON.readTree(getApi("/api/export?format=casegraph&ids=person:ftm-p-ana,org:ftm-c-holding,org:ftm-org-foro", TestTokens.READER).body());
    assertThat(ids(canvas, "ties")).as("the ties between the nodes on the canvas, not those to others")
        .containsExactly("tie:ftm-dir-1", "tie:ftm-own-1");
    assertThat(ids(canvas, "claims")).contains("claim:ftm-registry-test-tie-ftm-dir-1", "claim:ftm-registry-test-tie-ftm-own-1")
        .doesNotContain("claim:ftm-registry-test-tie-ftm-fam-1");

    forgetTheImport();
    var report = JSON.readTree(postApi("/api/import?format=casegraph", JSON.writeValueAsString(canvas), TestTokens.ADMIN).body());
    assertThat(report.get("written").asBoolean()).as("a canvas export with ties imports on its own: " + report).isTrue();
    assertThat(TestDatabase.count("MATCH (:Claim)-[:ASSERTS]->(t:Tie)-[:OF]->(:Person {id: 'person:ftm-p-ana'}) RETURN count(t)")).isOne();
  }

  @Test
  void shouldLeaveARestrictedSourcesTiesOutOfAReadersExportAndKeepThemRestrictedWhenImported() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);
    restrict(SOURCE);

    var hidden = JSON.readTree(getApi("/api/export?format=casegraph", TestTokens.READER).body());
    assertThat(ids(hidden, "ties")).isEmpty();
    assertThat(ids(hidden, "claims")).noneMatch(id -> id.startsWith("claim:ftm-"));
    assertThat(ids(JSON.readTree(getApi("/api/export?format=casegraph&around=person:alfredo-romero&depth=2", TestTokens.READER).body()), "ties"))
        .isEmpty();
    var shown = getApi("/api/export?format=casegraph", TestTokens.CONFIDENTIAL_READER).body();
    assertThat(ids(JSON.readTree(shown), "ties")).containsExactlyElementsOf(TIES);
    var before = ties(TestTokens.CONFIDENTIAL_READER);

    forgetTheImport();
    var report = JSON.readTree(postApi("/api/import?format=casegraph", shown, TestTokens.ADMIN).body());

    assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
    assertThat(TestDatabase.count("MATCH (t:Tie) WHERE NOT t:Restricted RETURN count(t)")).isZero();
    assertThat(TestDatabase.count("MATCH (t:Tie:Restricted) RETURN count(t)")).isEqualTo(TIES.size());
    assertThat(ties(TestTokens.CONFIDENTIAL_READER)).isEqualTo(before);
    assertThat(ties(TestTokens.READER).findValues("kind")).isEmpty();
  }

  // -- helpers

  /** The five ties through the API, each under its own alias (null where the token may not see it). */
  private JsonNode ties(TestTokens token) throws Exception {
    var query = new StringBuilder("{");
    for (int i = 0; i < TIES.size(); i++) {
      query.append(" t%d: node(id: \"%s\") { %s }".formatted(i, TIES.get(i), TIE_FIELDS));
    }
    query.append(" }");
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query.toString()))))
        .header("Content-Type", "application/json").header("Authorization", token.bearer());
    try (var client = HttpClient.newHttpClient()) {
      var body = JSON.readTree(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(body.get("data")).as(body.toString()).isNotNull();
      return body.get("data");
    }
  }

  private static void restrict(String source) {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (s:Source {id: $id}) SET s.restricted = true").withParameters(Map.of("id", source)).execute();
      try (var session = driver.session()) {
        session.executeWriteWithoutResult(tx -> Restrictions.refresh(tx, List.of(source)));
      }
    }
  }

  private static List<String> ids(JsonNode dataset, String section) {
    var items = dataset.get(section);
    return items == null ? List.of() : items.valueStream().map(i -> i.get("id").asString()).toList();
  }

  private static String fixture() throws Exception {
    return new ClassPathResource("exchange/relationships.ftm.jsonl").getContentAsString(StandardCharsets.UTF_8);
  }
}
