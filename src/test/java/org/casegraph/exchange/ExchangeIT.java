package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Importing and exporting over HTTP and GraphQL: reports, idempotence, roles, rollback, round trips, subgraphs. */
class ExchangeIT extends ApiIT {

  @org.springframework.beans.factory.annotation.Autowired
  ExchangeProperties exchange;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SIZE = "MATCH (n) RETURN count(n) * 1000000 + COUNT { ()-[]->() }";
  private static final String CHANGES = "MATCH (c:Change {action: 'importData'}) RETURN count(c)";


  @AfterEach
  void restoreTheArticleOnly() {
    TestDatabase.clear();
  }

  @Test
  void shouldImportFollowTheMoneyLinesAndSayWhichLinesWereRejectedAndWhy() throws Exception {
    var response = postApi("/api/import?format=ftm&dataset=test-sanctions&publisher=Test%20Sanctions", resource("entities.ftm.jsonl"), TestTokens.ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    var report = JSON.readTree(response.body());
    assertThat(report.get("items").asInt()).isEqualTo(9);
    assertThat(report.get("created").asInt()).as("three entities and a membership").isEqualTo(4);
    assertThat(report.get("rejected").asInt()).isEqualTo(5);
    assertThat(report.get("source").asString()).isEqualTo("source:ftm-test-sanctions");
    assertThat(rejections(report)).satisfiesExactly(
        r -> assertThat(r).startsWith("4 vessel-1: schema 'Vessel' is not imported"),
        r -> assertThat(r).startsWith("5 null: not valid JSON"),
        r -> assertThat(r).isEqualTo("6 nameless: no name"),
        r -> assertThat(r).startsWith("9 bad-date: birthDate 'sometime' is not a date"),
        r -> assertThat(r).startsWith("10 ve-cne: the same entity as line 3"));
    var person = FtmEntities.casegraphId("person", "NK-a1B2c3");
    graphQl.document("""
        { node(id: "%s") { ... on Person { name aliases nationality birthDate description } }
          cne: node(id: "org:ftm-ve-cne") { ... on Organisation { name category country } }
          pdvsa: node(id: "org:ftm-3f2a9c0e") { ... on Organisation { aliases category country } } }""".formatted(person))
        .execute().errors().verify()
        .path("node.name").entity(String.class).isEqualTo("Diosdado Cabello Rondón")
        .path("node.aliases").entityList(String.class).containsExactly("Diosdado Cabello", "El Capitán")
        .path("node.nationality").entity(String.class).isEqualTo("VE")
        .path("node.birthDate").entity(String.class).isEqualTo("1963-04-15")
        .path("node.description").entity(String.class).isEqualTo("Minister of the interior.")
        .path("cne.category").entity(String.class).isEqualTo("GOVERNMENT_BODY")
        .path("pdvsa.country").entity(String.class).isEqualTo("VE")
        .path("pdvsa.aliases").entityList(String.class).containsExactly("PDVSA");
    assertThat(TestDatabase.count("MATCH (p:Person {importedFrom: 'source:ftm-test-sanctions', ftmId: 'NK-a1B2c3'}) RETURN count(p)")).isOne();
    assertThat(TestDatabase.count("MATCH (s:Source {id: 'source:ftm-test-sanctions', publisher: 'Test Sanctions'}) RETURN count(s)")).isOne();
    assertThat(TestDatabase.count("""
        MATCH (:Person {ftmId: 'NK-a1B2c3'})<-[:OF]-(r:Role {id: 'role:ftm-m-1', title: 'member'})-[:IN]->(:Organisation {id: 'org:ftm-ve-cne'})
        MATCH (r)<-[:ASSERTS]-(:Claim)-[:CLAIMED_BY]->(:Organisation {name: 'Test Sanctions'})
        RETURN count(r)""")).as("the membership, claimed by the data set's publisher").isOne();
  }

  @Test
  void shouldRefuseAFileSentAsAFormSayingHowToSendItAndImportNothing() throws Exception {
    var size = TestDatabase.count("MATCH (n) RETURN count(n)");
    var response = postApi("/api/import?format=ftm&dataset=test-form", resource("entities.ftm.jsonl"),
        "application/x-www-form-urlencoded", TestTokens.ADMIN);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("sent as a form").contains("nothing was imported")
        .contains("curl -T FILE");
    assertThat(TestDatabase.count("MATCH (n) RETURN count(n)")).isEqualTo(size);
  }

  @Test
  void shouldChangeNothingWhenTheSameLinesAreImportedAgainAndReportAChangedLineAsUpdated() throws Exception {
    var content = resource("entities.ftm.jsonl");
    postApi("/api/import?format=ftm&dataset=test-sanctions", content, TestTokens.ADMIN);
    var size = TestDatabase.count(SIZE);
    var changes = TestDatabase.count(CHANGES);

    var again = JSON.readTree(postApi("/api/import?format=ftm&dataset=test-sanctions", content, TestTokens.ADMIN).body());

    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("updated").asInt()).isZero();
    assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    assertThat(TestDatabase.count(SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count(CHANGES)).as("an import that changes nothing records nothing").isEqualTo(changes);

    var changed = JSON.readTree(postApi("/api/import?format=ftm&dataset=test-sanctions",
        content.replace("\"PDVSA\"", "\"PDVSA\", \"Pdvsa S.A.\""), TestTokens.ADMIN).body());

    assertThat(changed.get("updated").asInt()).isOne();
    assertThat(changed.get("unchanged").asInt()).isEqualTo(2);
    assertThat(TestDatabase.count(CHANGES)).isEqualTo(changes + 1);
  }

  @Test
  void shouldLetOnlyAnAdminImport() throws Exception {
    var size = TestDatabase.count(SIZE);
    for (var token : new TestTokens[] {TestTokens.READER, TestTokens.EDITOR, TestTokens.CONFIDENTIAL_READER}) {
      assertThat(postApi("/api/import?format=ftm", resource("entities.ftm.jsonl"), token).statusCode()).as(token.name()).isEqualTo(403);
      as(token).document("mutation { importData(format: FTM, content: \"{}\") { created } }").execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }
    assertThat(postApi("/api/import?format=ftm", resource("entities.ftm.jsonl"), null).statusCode()).isEqualTo(401);
    assertThat(TestDatabase.count(SIZE)).isEqualTo(size);

    as(TestTokens.ADMIN).document("""
            mutation($content: String!) { importData(format: FTM, content: $content, dataset: "by-graphql") { created rejected source } }""")
        .variable("content", resource("entities.ftm.jsonl")).execute().errors().verify()
        .path("importData.created").entity(Integer.class).isEqualTo(3)
        .path("importData.rejected").entity(Integer.class).isEqualTo(6)
        .path("importData.source").entity(String.class).isEqualTo("source:ftm-by-graphql");
  }

  @Test
  void shouldImportADataSetOnceAndThenFindItUnchanged() throws Exception {
    var content = new ClassPathResource("datasets/second-article-tocoron.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    var document = "mutation($content: String!) { importData(format: CASEGRAPH, content: $content) { written items created updated unchanged rejected transactions } }";

    as(TestTokens.ADMIN).document(document).variable("content", content).execute().errors().verify()
        .path("importData.written").entity(Boolean.class).isEqualTo(true)
        .path("importData.created").entity(Integer.class).isEqualTo(6)
        .path("importData.rejected").entity(Integer.class).isEqualTo(0);
    var size = TestDatabase.count(SIZE);

    as(TestTokens.ADMIN).document(document).variable("content", content).execute().errors().verify()
        .path("importData.created").entity(Integer.class).isEqualTo(0)
        .path("importData.updated").entity(Integer.class).isEqualTo(0)
        .path("importData.unchanged").entity(Integer.class).isEqualTo(6);
    assertThat(TestDatabase.count(SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count("MATCH (c:Change {action: 'importData'}) WHERE c.summary CONTAINS '6 created' RETURN count(c)")).isOne();
  }

  @Test
  void shouldRefuseABadDataSetWholeListingEveryProblemAndWritingNothing() throws Exception {
    var size = TestDatabase.count(SIZE);
    var changes = TestDatabase.count(CHANGES);

    var response = postApi("/api/import?format=casegraph", new ClassPathResource("datasets/broken.json")
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8), TestTokens.ADMIN);

    assertThat(response.statusCode()).isEqualTo(422);
    var report = JSON.readTree(response.body());
    assertThat(report.get("written").asBoolean()).isFalse();
    assertThat(report.get("created").asInt()).isZero();
    assertThat(report.get("rejections").valueStream().map(r -> r.get("path").asString()).toList())
        .contains("$.sources[0].publishedOn", "$.people[1].id", "$.events[0]", "$.claims[0].claimant");
    assertThat(TestDatabase.count(SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count(CHANGES)).isEqualTo(changes);
  }

  @Test
  void shouldRollBackADataSetCompletelyWhenTheDatabaseFailsPartWay() throws Exception {
    var content = new ClassPathResource("datasets/second-article-tocoron.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"name\": \"María Pérez\"", "\"name\": \"Alfredo Romero\"");
    var size = TestDatabase.count(SIZE);
    var changes = TestDatabase.count(CHANGES);
    withUniquePersonNames(() -> {
      var response = postApi("/api/import?format=casegraph", content, TestTokens.ADMIN);
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("MERGE");
    });
    assertThat(TestDatabase.count(SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count(CHANGES)).isEqualTo(changes);
    assertThat(TestDatabase.count("MATCH (n:Node) WHERE n.id STARTS WITH 'source:test-second' RETURN count(n)")).isZero();
  }

  @Test
  void shouldKeepWholeBatchesOnlyWhenTheDatabaseFailsPartWayThroughFollowTheMoneyLines() throws Exception {
    var batch = exchange.batchSize();
    var lines = new StringBuilder();
    for (int i = 1; i <= batch; i++) {
      lines.append(person("batch-one-" + i, "Person " + i));
    }
    lines.append(person("batch-two-1", "Someone New")).append(person("batch-two-2", "Alfredo Romero"));
    withUniquePersonNames(() -> {
      var response = postApi("/api/import?format=ftm", lines.toString(), TestTokens.ADMIN);
      assertThat(response.statusCode()).isEqualTo(500);
      var report = JSON.readTree(response.body());
      assertThat(report.get("created").asInt()).isEqualTo(batch);
      assertThat(report.get("transactions").asInt()).isOne();
      assertThat(report.get("error").asString()).startsWith("lines %d to %d were not imported".formatted(batch + 1, batch + 2))
          .contains("ConstraintValidationFailed").contains("Importing the same file again completes the import");
    });
    assertThat(TestDatabase.count("MATCH (p:Person) WHERE p.ftmId STARTS WITH 'batch-one-' RETURN count(p)")).isEqualTo(batch);
    assertThat(TestDatabase.count("MATCH (p:Person) WHERE p.ftmId STARTS WITH 'batch-two-' RETURN count(p)")).isZero();
  }

  @Test
  void shouldGiveBackTheSameGraphWhenAnExportIsImportedIntoAnEmptyStore() throws Exception {
    postApi("/api/import?format=casegraph", new ClassPathResource("datasets/second-article-tocoron.json")
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8), TestTokens.ADMIN);
    var before = dump();
    var export = getApi("/api/export?format=casegraph", TestTokens.ADMIN);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));

    emptyStore();
    var report = JSON.readTree(postApi("/api/import?format=casegraph", export.body(), TestTokens.ADMIN).body());

    assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.get("created").asLong()).isEqualTo(before.stream().filter(line -> line.startsWith("node ")).count());
    assertThat(dump()).isEqualTo(before);
    assertThat(getApi("/api/export?format=casegraph", TestTokens.ADMIN).body()).isEqualTo(export.body());
  }

  @Test
  void shouldGiveBackThePeopleAndOrganisationsWhenAFollowTheMoneyExportIsImportedIntoAnEmptyStore() throws Exception {
    var entities = "MATCH (n:Person|Organisation) RETURN n.id + ' ' + n.name + ' ' + reduce(s = '', a IN n.aliases | s + a + ';') + ' ' + coalesce(n.description, '')"
        + " + ' ' + coalesce(n.nationality, '') + coalesce(n.birthDate, '') + coalesce(n.category, '') + coalesce(n.country, '') AS entity ORDER BY entity";
    var before = TestDatabase.driver().executableQuery(entities).execute().records().stream().map(r -> r.get(0).asString()).toList();
    var export = getApi("/api/export?format=ftm", TestTokens.READER);
    assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    var memberships = export.body().lines().filter(l -> l.contains("\"schema\":\"Membership\"")).count();
    assertThat(memberships).isEqualTo(3);

    emptyStore();
    var report = JSON.readTree(postApi("/api/import?format=ftm", export.body(), TestTokens.ADMIN).body());

    assertThat(report.get("created").asInt()).isEqualTo(before.size());
    assertThat(report.get("rejected").asInt()).isEqualTo(memberships);
    try (var driver = TestDatabase.driver()) {
      assertThat(driver.executableQuery(entities).execute().records().stream().map(r -> r.get(0).asString()).toList()).isEqualTo(before);
    }
  }

  @Test
  void shouldExportTheSurroundingsOfANodeAsADataSetThatImportsOnItsOwn() throws Exception {
    var text = graphQl.document("{ export(format: CASEGRAPH, around: \"prison:tocoron\", depth: 1) }").execute()
        .errors().verify().path("export").entity(String.class).get();
    var subgraph = JSON.readTree(text);

    assertThat(ids(subgraph, "prisons")).containsExactly("prison:tocoron");
    assertThat(ids(subgraph, "events")).containsExactly("event:release-tocoron");
    assertThat(ids(subgraph, "claims")).contains("claim:romero-50-released-tocoron").allMatch(id -> id.startsWith("claim:"));
    assertThat(ids(subgraph, "sources")).containsExactly("source:article-venezuela-post-election-releases");
    assertThat(ids(subgraph, "people")).contains("person:alfredo-romero");
    assertThat(text).doesNotContain("event:presidential-election-2024");
    assertThat(ids(subgraph, "claims").size()).isLessThan(40);

    emptyStore();
    var report = JSON.readTree(postApi("/api/import?format=casegraph", text, TestTokens.ADMIN).body());
    assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.get("created").asInt()).isEqualTo(subgraph.properties().stream()
        .filter(e -> e.getValue().isArray()).mapToInt(e -> e.getValue().size()).sum());
  }

  @Test
  void shouldExportTheNodesOnACanvasWithTheFactsAmongThemAsADataSetThatImportsOnItsOwn() throws Exception {
    var canvas = List.of("person:alfredo-romero", "org:foro-penal", "event:release-tocoron", "prison:tocoron");
    var text = getApi("/api/export?format=casegraph&ids=" + String.join(",", canvas), TestTokens.READER).body();
    var posted = postApi("/api/export?format=casegraph", JSON.writeValueAsString(java.util.Map.of("ids", canvas)), TestTokens.READER);
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).isEqualTo(text);
    var subgraph = JSON.readTree(text);
    assertThat(ids(subgraph, "people")).contains("person:alfredo-romero").doesNotContain("person:nicolas-maduro");
    assertThat(ids(subgraph, "roles")).containsExactly("role:alfredo-romero-leads-foro-penal");
    assertThat(ids(subgraph, "events")).containsExactly("event:release-tocoron");
    assertThat(ids(subgraph, "prisons")).containsExactly("prison:tocoron");
    assertThat(ids(subgraph, "claims")).contains("claim:romero-leads-foro-penal", "claim:romero-50-released-tocoron");
    assertThat(ids(subgraph, "sources")).containsExactly("source:article-venezuela-post-election-releases");
    assertThat(getApi("/api/export?format=ftm&ids=" + String.join(",", canvas), TestTokens.READER).body())
        .contains("\"schema\":\"Membership\"", "Alfredo Romero");

    emptyStore();
    var report = JSON.readTree(postApi("/api/import?format=casegraph", text, TestTokens.ADMIN).body());
    assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
  }

  @Test
  void shouldRefuseAnExportOfNoIdsOrOfIdsBesideAround() throws Exception {
    assertThat(postApi("/api/export?format=casegraph", "{\"ids\": []}", TestTokens.READER).statusCode()).isEqualTo(400);
    assertThat(getApi("/api/export?ids=prison:tocoron&around=prison:tocoron", TestTokens.READER).statusCode()).isEqualTo(400);
    assertThat(getApi("/api/export?format=cytoscape", TestTokens.READER).statusCode()).isEqualTo(400);
  }

  @Test
  void shouldRefuseAnExportAroundANodeThatDoesNotExistOrTooDeep() throws Exception {
    assertThat(getApi("/api/export?around=person:nobody", TestTokens.READER).statusCode()).isEqualTo(404);
    assertThat(getApi("/api/export?around=prison:tocoron&depth=99", TestTokens.READER).statusCode()).isEqualTo(400);
    assertThat(getApi("/api/export?format=xml", TestTokens.READER).statusCode()).isEqualTo(400);
    assertThat(getApi("/api/export", null).statusCode()).isEqualTo(401);
  }

  @Test
  void shouldHideARestrictedSourceAndWhatOnlyItBacksFromAnExport() throws Exception {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (s:Source {id: 'source:article-venezuela-post-election-releases'}) SET s.restricted = true").execute();
      try (var session = driver.session()) {
        session.executeWriteWithoutResult(tx -> org.casegraph.security.Restrictions.refresh(tx,
            List.of("source:article-venezuela-post-election-releases")));
      }
    }
    var hidden = JSON.readTree(getApi("/api/export", TestTokens.READER).body());
    var shown = JSON.readTree(getApi("/api/export", TestTokens.CONFIDENTIAL_READER).body());

    assertThat(ids(hidden, "sources")).isEmpty();
    assertThat(ids(hidden, "claims")).isEmpty();
    assertThat(ids(hidden, "events")).isEmpty();
    assertThat(ids(hidden, "roles")).isEmpty();
    // Everyone in the article appears only in its claims, so with its source restricted, they are hidden too.
    assertThat(ids(hidden, "people")).isEmpty();
    assertThat(ids(shown, "people")).contains("person:alfredo-romero");
    assertThat(ids(shown, "claims")).hasSize(40);
    assertThat(ids(shown, "sources")).containsExactly("source:article-venezuela-post-election-releases");
    assertThat(getApi("/api/export?format=ftm", TestTokens.READER).body()).doesNotContain("Membership");
    assertThat(getApi("/api/export?around=claim:romero-50-released-tocoron", TestTokens.READER).statusCode()).isEqualTo(404);
    assertThat(getApi("/api/export?around=person:alfredo-romero&depth=2", TestTokens.READER).statusCode()).isEqualTo(404);
    assertThat(getApi("/api/export?around=person:alfredo-romero&depth=2", TestTokens.CONFIDENTIAL_READER).body()).contains("claim:");
  }

  // -- helpers

  private void emptyStore() {
    TestDatabase.clear();
    TestTokens.ensure(tokens);
    assertThat(TestDatabase.count("MATCH (n:Node) RETURN count(n)")).isZero();
  }

  private static void withUniquePersonNames(ThrowingRunnable test) throws Exception {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("CREATE CONSTRAINT test_unique_person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE").execute();
    }
    try {
      test.run();
    } finally {
      try (var driver = TestDatabase.driver()) {
        driver.executableQuery("DROP CONSTRAINT test_unique_person_name IF EXISTS").execute();
      }
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static String person(String id, String name) {
    return "{\"id\": \"%s\", \"schema\": \"Person\", \"properties\": {\"name\": [\"%s\"]}}\n".formatted(id, name);
  }

  private static List<String> ids(JsonNode dataset, String section) {
    var items = dataset.get(section);
    return items == null ? List.of() : items.valueStream().map(i -> i.get("id").asString()).toList();
  }

  private static List<String> rejections(JsonNode report) {
    return report.get("rejections").valueStream().map(r -> r.get("line").asLong() + " "
        + (r.get("id").isNull() ? "null" : r.get("id").asString()) + ": " + r.get("reason").asString()).toList();
  }

  private static String resource(String name) throws Exception {
    return new ClassPathResource("exchange/" + name).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
