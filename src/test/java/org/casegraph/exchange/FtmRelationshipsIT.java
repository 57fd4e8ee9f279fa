package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * FollowTheMoney relationships (memberships, employments, directorships, ownerships, family, associates,
 * unknown links) imported over HTTP as roles and ties, each with the claim of the data set's publisher, and
 * exported back.
 */
class FtmRelationshipsIT extends ApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String IMPORT = "/api/import?format=ftm&dataset=registry-test&publisher=Test%20Registry"
      + "&url=https://registry.example.org/";
  private static final String SOURCE = "source:ftm-registry-test";
  private static final String SIZE = "MATCH (n) RETURN count(n) * 1000000 + COUNT { ()-[]->() }";
  private static final String CHANGES = "MATCH (c:Change {action: 'importData'}) RETURN count(c)";
  private static final String FACTS = "MATCH (f:Role|Tie) WHERE f.id STARTS WITH 'role:ftm-' OR f.id STARTS WITH 'tie:ftm-' RETURN count(f)";
  /** The imported relationships and their claims: every property, and every relationship from them. */
  private static final String RELATIONSHIPS = """
      MATCH (f:Role|Tie) WHERE f.id STARTS WITH 'role:ftm-' OR f.id STARTS WITH 'tie:ftm-'
      MATCH (c:Claim)-[:ASSERTS]->(f)
      UNWIND [f, c] AS n
      WITH DISTINCT n
      RETURN n.id AS id, properties(n) AS properties, COLLECT { MATCH (n)-[r]->(m) RETURN type(r) + '>' + m.id AS l ORDER BY l } AS links
      ORDER BY id
      """;


  @org.springframework.beans.factory.annotation.Autowired
  private ExchangeProperties exchange;

  @AfterEach
  void restoreTheArticleOnly() {
    TestDatabase.clear();
  }

  @Test
  void shouldImportRelationshipsAsRolesAndTiesEachClaimedByThePublisherInTheDataSet() throws Exception {
    var response = postApi(IMPORT, fixture(), TestTokens.ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    var report = JSON.readTree(response.body());
    assertThat(report.get("items").asInt()).isEqualTo(15);
    assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(4 + 7);
    assertThat(rejections(report)).containsExactly(
        "12 m-ghost: member 'p-ghost' is not in this file or in the graph (or its line was rejected): import the entity first, or in the same file",
        "13 emp-bad: startDate 'last spring' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        "14 assoc-bad: endDate 2019 is before startDate 2021",
        "15 dir-1: the same relationship as line 10");

    graphQl.document("""
        { ana: node(id: "person:ftm-p-ana") { ... on Person {
            roles { title since until organisation { name } claims { ...claim } }
            ties { kind relationship percentage since until from { id } to { name } claims { ...claim } } } }
          luis: node(id: "person:ftm-p-luis") { ... on Person {
            roles { title until organisation { name } }
            ties { kind relationship from { name } to { name } } } }
          holding: node(id: "org:ftm-c-holding") { ... on Organisation { ties { kind relationship from { name } to { name } } } }
          foro: node(id: "org:ftm-org-foro") { ... on Organisation { members { person { name } title } } } }
        fragment claim on Claim { statement quote claimedOn claimant { id name } source { id title publisher url } subjects { id } }""")
        .execute().errors().verify()
        .path("ana.roles[0].title").entity(String.class).isEqualTo("lawyer")
        .path("ana.roles[0].since").entity(String.class).isEqualTo("2019-03")
        .path("ana.roles[0].organisation.name").entity(String.class).isEqualTo("Foro Justicia")
        .path("ana.roles[0].claims[0].statement").entity(String.class).isEqualTo("Ana Rivas is a member of Foro Justicia: lawyer")
        .path("ana.roles[0].claims[0].quote").entity(String.class).isEqualTo("Ana Rivas is a lawyer with Foro Justicia.")
        .path("ana.roles[0].claims[0].claimedOn").entity(String.class).isEqualTo("2024-11-18")
        .path("ana.roles[0].claims[0].claimant.name").entity(String.class).isEqualTo("Test Registry")
        .path("ana.roles[0].claims[0].source.id").entity(String.class).isEqualTo(SOURCE)
        .path("ana.roles[0].claims[0].source.publisher").entity(String.class).isEqualTo("Test Registry")
        .path("ana.roles[0].claims[0].source.url").entity(String.class).isEqualTo("https://registry.example.org/")
        .path("ana.roles[0].claims[0].subjects[*].id").entityList(String.class)
        .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("person:ftm-p-ana", "org:ftm-org-foro"))
        .path("ana.ties[*].kind").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("OWNERSHIP", "FAMILY"))
        .path("ana.ties[?(@.kind == 'OWNERSHIP')].percentage").entityList(String.class).containsExactly("51")
        .path("ana.ties[?(@.kind == 'OWNERSHIP')].since").entityList(String.class).containsExactly("2020-01-15")
        .path("ana.ties[?(@.kind == 'OWNERSHIP')].until").entityList(String.class).containsExactly("2023")
        .path("ana.ties[?(@.kind == 'OWNERSHIP')].to.name").entityList(String.class).containsExactly("Inversiones Caribe")
        .path("ana.ties[?(@.kind == 'OWNERSHIP')].claims[0].claimedOn").entityList(String.class).containsExactly("2024-06-01")
        .path("ana.ties[?(@.kind == 'OWNERSHIP')].claims[0].statement").entityList(String.class)
        .containsExactly("Ana Rivas owns Inversiones Caribe (51%)")
        .path("ana.ties[?(@.kind == 'FAMILY')].relationship").entityList(String.class).containsExactly("brother")
        .path("ana.ties[?(@.kind == 'FAMILY')].claims[0].claimant.name").entityList(String.class).containsExactly("Test Registry")
        .path("luis.roles[0].title").entity(String.class).isEqualTo("employee")
        .path("luis.roles[0].until").entity(String.class).isEqualTo("2022-12")
        .path("luis.roles[0].organisation.name").entity(String.class).isEqualTo("Inversiones Caribe")
        .path("luis.ties[?(@.kind == 'ASSOCIATE')].to.name").entityList(String.class).containsExactly("Alfredo Romero")
        .path("holding.ties[?(@.kind == 'DIRECTORSHIP')].relationship").entityList(String.class).containsExactly("corporate director")
        .path("holding.ties[?(@.kind == 'DIRECTORSHIP')].to.name").entityList(String.class).containsExactly("Foro Justicia")
        .path("foro.members[*].title").entityList(String.class).containsExactly("lawyer");
    assertThat(TestDatabase.count(FACTS)).isEqualTo(7);
    assertThat(TestDatabase.count("""
        MATCH (f:Role|Tie) WHERE f.id STARTS WITH 'role:ftm-' OR f.id STARTS WITH 'tie:ftm-'
        WITH f WHERE COUNT { (f)<-[:ASSERTS]-(c:Claim)-[:FROM]->(:Source {id: '%1$s'}) WHERE EXISTS { (c)-[:CLAIMED_BY]->(:Organisation {name: 'Test Registry'}) } } <> 1
        RETURN count(f)""".formatted(SOURCE))).as("every fact with exactly one claim, by the publisher, from the data set").isZero();
    assertThat(TestDatabase.count("""
        MATCH (c:Claim {id: 'claim:ftm-registry-test-role-ftm-m-ana-foro', sourceUrl: 'https://registry.example.org/records/1', ftmRecordId: 'R-1',
          ftmModifiedAt: '2024-11-18T09:30:00'}) RETURN count(c)""")).isOne();
  }

  @Test
  void shouldReachATieAndItsClaimInTheNeighbourhoodOfEitherParty() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);

    graphQl.document("""
        { neighbourhood(of: "tie:ftm-assoc-1") { nodes { id __typename } edges { from to type claims { id } } } }""")
        .execute().errors().verify()
        .path("neighbourhood.nodes[*].id").entityList(String.class)
        .contains("tie:ftm-assoc-1", "person:ftm-p-luis", "person:alfredo-romero", "claim:ftm-registry-test-tie-ftm-assoc-1")
        .path("neighbourhood.nodes[?(@.id == 'tie:ftm-assoc-1')].__typename").entityList(String.class).containsExactly("Tie")
        .path("neighbourhood.edges[?(@.type == 'OF')].to").entityList(String.class).containsExactly("person:ftm-p-luis")
        .path("neighbourhood.edges[?(@.type == 'IN')].claims[*].id").entityList(String.class).containsExactly("claim:ftm-registry-test-tie-ftm-assoc-1");
    graphQl.document("{ shortestPath(from: \"person:ftm-p-luis\", to: \"person:alfredo-romero\") { length nodes { id } } }")
        .execute().errors().verify()
        .path("shortestPath.length").entity(Integer.class).isEqualTo(2)
        .path("shortestPath.nodes[1].id").entity(String.class).satisfies(id -> assertThat(id).isIn("tie:ftm-assoc-1", "claim:ftm-registry-test-tie-ftm-assoc-1"));
  }

  @Test
  void shouldDrawEachTieAsOneEdgeOfTheFactsViewWithItsClaimAndLabel() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);

    graphQl.document("""
        { luis: neighbourhood(of: "person:ftm-p-luis", view: FACTS) { nodes { id } edges { id from to type label since until claims { id } } }
          expansions(of: "person:ftm-p-luis") { type count }
          path: shortestPath(from: "person:ftm-p-luis", to: "person:alfredo-romero", view: FACTS) { length edges { id type label } } }""")
        .execute().errors().verify()
        .path("luis.nodes[*].id").entityList(String.class).satisfies(ids -> assertThat(ids)
            .contains("person:ftm-p-luis", "person:ftm-p-ana", "person:alfredo-romero").doesNotContain("tie:ftm-fam-1", "tie:ftm-assoc-1"))
        .path("luis.edges[?(@.id == 'tie:ftm-fam-1')].type").entityList(String.class).containsExactly("TIE")
        .path("luis.edges[?(@.id == 'tie:ftm-fam-1')].label").entityList(String.class).containsExactly("brother")
        .path("luis.edges[?(@.id == 'tie:ftm-fam-1')].from").entityList(String.class).containsExactly("person:ftm-p-ana")
        .path("luis.edges[?(@.id == 'tie:ftm-assoc-1')].claims[*].id").entityList(String.class)
        .containsExactly("claim:ftm-registry-test-tie-ftm-assoc-1")
        .path("expansions[?(@.type == 'TIE')].count").entityList(Integer.class).containsExactly(2)
        .path("path.length").entity(Integer.class).isEqualTo(1)
        .path("path.edges[0].id").entity(String.class).isEqualTo("tie:ftm-assoc-1")
        .path("path.edges[0].label").entity(String.class).isEqualTo("business partner");
    graphQl.document("{ ana: neighbourhood(of: \"person:ftm-p-ana\", view: FACTS, types: [\"TIE\"]) { edges { id label since until } } }")
        .execute().errors().verify()
        .path("ana.edges[?(@.id == 'tie:ftm-own-1')].label").entityList(String.class).containsExactly("owns (51%)")
        .path("ana.edges[?(@.id == 'tie:ftm-own-1')].since").entityList(String.class).containsExactly("2020-01-15")
        .path("ana.edges[?(@.id == 'tie:ftm-own-1')].until").entityList(String.class).containsExactly("2023");
  }

  @Test
  void shouldChangeNothingWhenTheSameRelationshipsAreImportedAgainAndReportAChangedOneAsUpdated() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);
    var size = TestDatabase.count(SIZE);
    var changes = TestDatabase.count(CHANGES);
    var facts = TestDatabase.count("MATCH (n:Role|Tie|Claim) RETURN count(n)");

    var again = JSON.readTree(postApi(IMPORT, fixture(), TestTokens.ADMIN).body());

    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("updated").asInt()).isZero();
    assertThat(again.get("unchanged").asInt()).isEqualTo(11);
    assertThat(TestDatabase.count(SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count(CHANGES)).as("an import that changes nothing records nothing").isEqualTo(changes);

    var changed = JSON.readTree(postApi(IMPORT, fixture().replace("\"role\": [\"lawyer\"]", "\"role\": [\"legal adviser\"]"),
        TestTokens.ADMIN).body());

    assertThat(changed.get("updated").asInt()).isOne();
    assertThat(changed.get("unchanged").asInt()).isEqualTo(10);
    assertThat(TestDatabase.count("MATCH (n:Role|Tie|Claim) RETURN count(n)")).isEqualTo(facts);
    assertThat(TestDatabase.count("MATCH (r:Role {id: 'role:ftm-m-ana-foro', title: 'legal adviser'}) RETURN count(r)")).isOne();
  }

  @Test
  void shouldKeepEachDataSetsClaimWhenTwoGiveTheSameRelationship() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);

    var second = JSON.readTree(postApi("/api/import?format=ftm&dataset=second-registry&publisher=Other%20Registry", fixture(),
        TestTokens.ADMIN).body());

    assertThat(second.get("created").asInt()).isZero();
    assertThat(second.get("updated").asInt()).as("four entities now from the second data set, seven facts with a second claim").isEqualTo(11);
    assertThat(TestDatabase.count(FACTS)).isEqualTo(7);
    graphQl.document("{ node(id: \"role:ftm-m-ana-foro\") { ... on Role { title claims { claimant { name } source { id } } } } }")
        .execute().errors().verify()
        .path("node.title").entity(String.class).isEqualTo("lawyer")
        .path("node.claims[*].claimant.name").entityList(String.class)
        .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("Test Registry", "Other Registry"))
        .path("node.claims[*].source.id").entityList(String.class)
        .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(SOURCE, "source:ftm-second-registry"));
  }

  @Test
  void shouldWriteRelationshipLinesInBatchesOfTheirOwnEachFactWithItsClaimAndTakeASecondDataSetsClaimForEvery() throws Exception {
    var count = exchange.relationshipBatchSize() + 2;
    var lines = new StringBuilder("{\"id\": \"c-batch\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Batch Holding\"]}}\n");
    for (var i = 1; i <= count; i++) {
      lines.append("{\"id\": \"p-batch-%d\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Empleada %d\"]}}\n".formatted(i, i));
      lines.append(("{\"id\": \"emp-batch-%d\", \"schema\": \"Employment\", \"properties\": {\"employee\": [\"p-batch-%d\"], "
          + "\"employer\": [\"c-batch\"], \"startDate\": [\"2020-01\"]}}\n").formatted(i, i));
    }
    var facts = "MATCH (f:Role|Tie) WHERE f.id CONTAINS 'emp-batch-' RETURN count(f)";
    var whole = """
        MATCH (f:Role|Tie)-[:OF]->(:Person), (f)-[:IN]->(:Organisation {id: 'org:ftm-c-batch'}) WHERE f.id CONTAINS 'emp-batch-'
        MATCH (c:Claim)-[:ASSERTS]->(f)
        WHERE COUNT { (c)-[:ABOUT]->() } = 2 AND EXISTS { (c)-[:CLAIMED_BY]->(:Organisation) } AND EXISTS { (c)-[:FROM]->(:Source) }
        RETURN count(c)
        """;

    var first = JSON.readTree(postApi("/api/import?format=ftm&dataset=batch-registry&publisher=Batch%20Registry", lines.toString(),
        TestTokens.ADMIN).body());

    assertThat(first.get("error").isNull()).as(first.toString()).isTrue();
    assertThat(first.get("created").asInt()).isEqualTo(1 + 2 * count);
    assertThat(first.get("transactions").asInt()).as("one batch of entities, two of relationships").isEqualTo(3);
    assertThat(TestDatabase.count(facts)).isEqualTo(count);
    assertThat(TestDatabase.count(whole)).as("each fact of a party to the company, its claim about both, by the publisher, from the source")
        .isEqualTo(count);

    var second = JSON.readTree(postApi("/api/import?format=ftm&dataset=other-batch-registry&publisher=Other%20Registry",
        lines.toString(), TestTokens.ADMIN).body());

    assertThat(second.get("error").isNull()).as(second.toString()).isTrue();
    assertThat(second.get("updated").asInt()).as("every entity now from the second data set, every fact with a second claim")
        .isEqualTo(1 + 2 * count);
    assertThat(TestDatabase.count(facts)).isEqualTo(count);
    assertThat(TestDatabase.count(whole)).as("two claims for each fact").isEqualTo(2 * count);
  }

  @Test
  void shouldImportNoRelationshipWithoutAPublisherToClaimIt() throws Exception {
    var report = JSON.readTree(postApi("/api/import?format=ftm&dataset=registry-test", fixture(), TestTokens.ADMIN).body());

    assertThat(report.get("created").asInt()).isEqualTo(4);
    assertThat(report.get("rejections").valueStream().filter(r -> r.get("reason").asString().contains("(publisher=…)")).count())
        .isEqualTo(9);
    assertThat(TestDatabase.count(FACTS)).isZero();
    assertThat(TestDatabase.count("MATCH (c:Claim)-[:FROM]->(:Source {id: '%s'}) RETURN count(c)".formatted(SOURCE))).isZero();
  }

  @Test
  void shouldGiveBackTheSameRelationshipsAndClaimsWhenAFollowTheMoneyExportIsImportedIntoAnEmptyStore() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);
    var before = relationships();
    var export = getApi("/api/export?format=ftm", TestTokens.READER).body();
    assertThat(export).contains("\"schema\":\"Ownership\"", "\"schema\":\"Family\"", "\"schema\":\"Associate\"",
        "\"schema\":\"Employment\"", "\"schema\":\"Directorship\"", "\"schema\":\"UnknownLink\"");
    var membership = export.lines().filter(l -> l.contains("\"id\":\"m-ana-foro\"")).findFirst().orElseThrow();
    assertThat(JSON.readTree(membership).get("properties")).isEqualTo(JSON.readTree("""
        {"member": ["p-ana"], "organization": ["org-foro"], "role": ["lawyer"], "startDate": ["2019-03"],
         "summary": ["Ana Rivas is a lawyer with Foro Justicia."], "sourceUrl": ["https://registry.example.org/records/1"],
         "recordId": ["R-1"], "modifiedAt": ["2024-11-18T09:30:00"]}"""));

    var dataset = getApi("/api/export?format=casegraph", TestTokens.READER).body();
    assertThat(dataset).contains("tie:ftm-own-1", "claim:ftm-registry-test-tie-ftm-own-1", "claim:ftm-registry-test-role-ftm-m-ana-foro");

    TestDatabase.clear();
    TestTokens.ensure(tokens);
    assertThat(JSON.readTree(postApi("/api/import?format=casegraph", dataset, TestTokens.ADMIN).body()).get("written").asBoolean())
        .as("a data-set export with its ties imports into an empty store").isTrue();
    TestDatabase.clear();
    TestTokens.ensure(tokens);
    var report = JSON.readTree(postApi(IMPORT, export, TestTokens.ADMIN).body());

    assertThat(report.get("rejected").asInt()).as(report.toString()).isZero();
    assertThat(relationships()).hasSize(14).isEqualTo(before);
    assertThat(getApi("/api/export?format=ftm", TestTokens.READER).body()).isEqualTo(export);
  }

  @Test
  void shouldHideTheRelationshipsOfARestrictedDataSetFromAReader() throws Exception {
    postApi(IMPORT, fixture(), TestTokens.ADMIN);
    restrict(SOURCE);
    var again = JSON.readTree(postApi(IMPORT, fixture(), TestTokens.ADMIN).body());
    assertThat(again.get("unchanged").asInt()).as("a second import keeps the restriction").isEqualTo(11);
    assertThat(TestDatabase.count("MATCH (s:Source:Restricted {id: '%s', restricted: true}) RETURN count(s)".formatted(SOURCE))).isOne();

    for (var id : List.of("tie:ftm-assoc-1", "person:ftm-p-luis", "claim:ftm-registry-test-tie-ftm-assoc-1")) {
      graphQl.document("{ node(id: \"%s\") { id } }".formatted(id)).execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.NOT_FOUND)));
    }
    var query = """
        { tie: node(id: "tie:ftm-assoc-1") { id }
          romero: node(id: "person:alfredo-romero") { ... on Person { ties { id } } }
          around: neighbourhood(of: "person:alfredo-romero") { nodes { id } } }""";
    graphQl.document(query.replace("tie: node(id: \"tie:ftm-assoc-1\") { id }", "")).execute().errors().verify()
        .path("romero.ties").entityList(Object.class).hasSize(0)
        .path("around.nodes[*].id").entityList(String.class).doesNotContain("tie:ftm-assoc-1", "claim:ftm-registry-test-tie-ftm-assoc-1");
    as(TestTokens.CONFIDENTIAL_READER).document(query).execute().errors().verify()
        .path("tie.id").entity(String.class).isEqualTo("tie:ftm-assoc-1")
        .path("romero.ties[*].id").entityList(String.class).containsExactly("tie:ftm-assoc-1")
        .path("around.nodes[*].id").entityList(String.class).contains("tie:ftm-assoc-1");
    var hidden = getApi("/api/export?format=ftm", TestTokens.READER).body();
    assertThat(hidden).doesNotContain("m-ana-foro", "own-1", "assoc-1", "Test Registry", "p-luis");
    assertThat(getApi("/api/export?format=ftm", TestTokens.CONFIDENTIAL_READER).body()).contains("m-ana-foro", "own-1", "assoc-1");
    assertThat(graphQl.document("{ export(format: FTM, around: \"person:alfredo-romero\", depth: 2) }").execute()
        .errors().verify().path("export").entity(String.class).get()).doesNotContain("assoc-1");
  }

  // -- helpers

  private static void restrict(String source) {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (s:Source {id: $id}) SET s.restricted = true").withParameters(Map.of("id", source)).execute();
      try (var session = driver.session()) {
        session.executeWriteWithoutResult(tx -> Restrictions.refresh(tx, List.of(source)));
      }
    }
  }

  private static List<String> relationships() {
    try (var driver = TestDatabase.driver()) {
      return driver.executableQuery(RELATIONSHIPS).execute().records().stream()
          .map(r -> r.get("id").asString() + " " + new java.util.TreeMap<>(r.get("properties").asMap()) + " " + r.get("links").asList())
          .toList();
    }
  }

  private static List<String> rejections(JsonNode report) {
    return report.get("rejections").valueStream().map(r -> r.get("line").asLong() + " "
        + (r.get("id").isNull() ? "null" : r.get("id").asString()) + ": " + r.get("reason").asString()).toList();
  }

  private static String fixture() throws Exception {
    return new ClassPathResource("exchange/relationships.ftm.jsonl").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
