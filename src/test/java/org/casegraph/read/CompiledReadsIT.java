package org.casegraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casegraph.CasegraphApplication;
import org.casegraph.support.ApiIT;
import org.casegraph.support.LinkEnds;
import org.casegraph.support.PageRequest;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compiled reads answer exactly as the data loaders do, and in one statement. A second instance of the
 * service, on the same Neo4j, reads with {@code casegraph.reads.compiled=false} (a statement per level of
 * fields, as before); every document is asked of both, as a reader and as a CONFIDENTIAL reader, with the
 * restricted witness statement beside the article, and the answers (data and errors) must be identical.
 */
class CompiledReadsIT extends ApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String DEEP_NODE = """
      query($id: ID!) { node(id: $id) { id __typename
        ... on Person { name aliases nationality
          detentions { id since until prison { id name detentionCount events { id kind claims { id } } }
            charges { id offence defendants { id name } }
            claims { id statement claimant { id name ... on Organisation { members { id title person { id } } } }
              source { id title } subjects { id name ... on Person { nationality } } } }
          roles { id title organisation { id name claimsMade(first: 3) { totalCount edges { cursor node { id } }
            pageInfo { hasNextPage endCursor } } } claims { id } }
          charges { id offence claims { id } }
          ties { id kind from { id } to { id } }
          claimsAbout(first: 5) { totalCount edges { node { id statement supports { id } contradicts { id } } } } }
        ... on Organisation { name category members { id title person { id name } } ties { id }
          claimsMade(first: 4) { totalCount edges { cursor node { id source { id claims(first: 2) { totalCount edges { node { id } } } } } } } }
        ... on Prison { name region detentionCount detentions { id person { id } claims { id } }
          events { id title prison { id } claims { id claimant { id } } } claimsAbout { totalCount } }
        ... on Claim { statement claimant { __typename id ... on Person { roles { id } } ... on Organisation { members { id } } }
          subjects { __typename id ... on Prison { detentions { id } } } source { id restricted } event { id prison { id } } }
        ... on Detention { person { id name } prison { id } charges { id defendants { id } } claims { id } }
        ... on Role { person { id } organisation { id } claims { id source { id } } }
        ... on Event { kind prison { id } claims { id } }
        ... on Charge { defendants { id charges { id } } claims { id } }
        ... on Source { title sourceClaims: claims(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }
      } }""";

  private static final List<String> IDS = List.of("person:alfredo-romero", "person:nicolas-maduro", "org:foro-penal",
      "org:venezuela", "org:cne", "prison:tocoron", "claim:romero-verified-107-released", "role:alfredo-romero-leads-foro-penal",
      "event:post-election-arrests", "charge:terrorism", "source:article-venezuela-post-election-releases",
      "person:test-sealed-witness", "detention:test-sealed-witness-tocoron", "prison:test-sealed-annex",
      "claim:test-sealed-held-in-tocoron", "source:test-sealed-witness-statement", "person:nobody");

  private static final String NODES = """
      query($ids: [ID!]!) { nodes(ids: $ids) { id
        ... on Claim { statement claimant { id __typename } source { id claims(first: 2) { totalCount edges { node { id } } } }
          event { id prison { id } participants { role entity { id } } } subjects { id } asOf asOfBasis }
        ... on Detention { person { id } prison { id } charges { id } claims { id } }
        ... on Role { person { id } organisation { id } claims { id } }
        ... on Charge { defendants { id } defendantCount { value } claims { id } }
        ... on Entity { name claimsMade(first: 2) { edges { node { id } } } }
      } }""";

  private static final String ALIASES = """
      { a: node(id: "org:foro-penal") { ... on Organisation {
          first: claimsMade(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } }
          second: claimsMade(first: 5) { totalCount edges { node { id statement } } }
          members { id } m2: members { title } } }
        b: node(id: "person:alfredo-romero") { ... on Person { roles { id } } }
        people(first: 5) { a: edges { node { x: roles { id } } } b: edges { node { x: charges { id } } } totalCount }
        c: people(first: 2) { edges { node { id } } } }""";

  private static final String FRAGMENTS = """
      query($withCharges: Boolean!, $skipRoles: Boolean!, $first: Int, $after: String) {
        people(first: $first, after: $after) { totalCount edges { cursor node { ...person } } pageInfo { hasNextPage endCursor } } }
      fragment person on Person { id name roles @skip(if: $skipRoles) { id organisation { id ...organisation } }
        charges @include(if: $withCharges) { id claims { id } } detentions { ... on Detention { id prison { ...prison } } } }
      fragment organisation on Organisation { name members { id } }
      fragment prison on Prison { id name detentionCount }""";

  private static final String LISTS = """
      { prisons(first: 10) { totalCount edges { node { id detentions { id person { id } } events { id claims { id } } ties { id } detentionCount } } }
        organisations(first: 20) { edges { node { id members { id person { id } } claimsAbout(first: 3) { totalCount edges { node { id } } } } } }
        charges { totalCount edges { node { id defendants { id name } claims { id claimant { id } } } } }
        events(first: 30) { edges { node { id prison { id } claims { id subjects { id } } participants { role entity { id } } } } }
        sources { edges { node { id claims(first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } } } }
        claims(first: 50) { totalCount edges { node { id claimant { id } source { id } subjects { id } event { id }
          supports { id } contradicts { id } } } }
        tocoron: people(prison: "prison:tocoron") { edges { node { id detentions { id } } } } }""";

  private static final String REFUSED = """
      { node(id: "org:foro-penal") { ... on Organisation { name claimsMade(first: 1000) { totalCount }
          claimsAbout(after: "not-a-cursor") { totalCount } members { id } } } }""";

  /** The benchmark's questions (see {@code org.casegraph.bench.Questions}). */
  private static final String LOOKUP = "query($id: ID!) { node(id: $id) { id ... on Person { name aliases nationality birthDate } } }";
  private static final String NESTED = """
      query($id: ID!) { node(id: $id) { id ... on Person {
        detentions { id since until prison { id name } }
        charges { id offence claims { id statement } } } } }""";
  private static final String PAGE = """
      query($prison: ID!) { people(prison: $prison, first: 20) {
        totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }""";
  private static final String COUNTS = "{ prisons(first: 100) { edges { node { id name detentionCount } } } }";
  private static final String CLAIMS = """
      query($id: ID!) { node(id: $id) { id ... on Organisation {
        claimsMade(first: 20) { totalCount edges { node { id statement source { id title } } } } } } }""";

  private static ConfigurableApplicationContext loaders;
  private static int loadersPort;


  @BeforeAll
  static void startAnInstanceReadingThroughDataLoaders() {
    loaders = new SpringApplicationBuilder(CasegraphApplication.class).run("--server.port=0",
        "--spring.neo4j.uri=" + TestDatabase.uri(), "--spring.neo4j.authentication.password=" + TestDatabase.password(),
        "--casegraph.seed.enabled=false", "--casegraph.security.token-cache=1h", "--casegraph.embedded.bolt-port=0",
        "--casegraph.reads.compiled=false", "--spring.main.banner-mode=off");
    loadersPort = Integer.parseInt(loaders.getEnvironment().getProperty("local.server.port", "0"));
  }

  @AfterAll
  static void stopIt() {
    if (loaders != null) {
      loaders.close();
    }
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':test-sealed-' DETACH DELETE n").execute();
      driver.executableQuery("MATCH (n:Restricted) REMOVE n:Restricted").execute();
    }
  }

  @BeforeEach
  void importTheRestrictedStatement() throws Exception {
    var present = driver.executableQuery("MATCH (s:Source {id: 'source:test-sealed-witness-statement'}) RETURN count(s) > 0 AS present")
        .execute().records().getFirst().get("present").asBoolean();
    if (!present) {
      importer.importContent(new ClassPathResource("datasets/restricted-witness.json").getContentAsByteArray());
    }
  }

  static Stream<Arguments> documents() throws Exception {
    var documents = new java.util.ArrayList<Arguments>();
    for (var id : IDS) {
      documents.add(Arguments.of("deep node " + id, DEEP_NODE, Map.of("id", id)));
    }
    documents.add(Arguments.of("nodes", NODES, Map.of("ids", IDS)));
    documents.add(Arguments.of("aliases", ALIASES, Map.of()));
    for (var withCharges : List.of(true, false)) {
      for (var skipRoles : List.of(true, false)) {
        documents.add(Arguments.of("fragments %s %s".formatted(withCharges, skipRoles), FRAGMENTS,
            Map.of("withCharges", withCharges, "skipRoles", skipRoles)));
      }
    }
    var page = new HashMap<String, Object>(Map.of("withCharges", true, "skipRoles", false, "first", 1));
    page.put("after", PageRequest.cursor("person:alfredo-romero"));
    documents.add(Arguments.of("fragments, second page", FRAGMENTS, page));
    documents.add(Arguments.of("lists", LISTS, Map.of()));
    documents.add(Arguments.of("refused page arguments", REFUSED, Map.of()));
    documents.add(Arguments.of("a prison's events, detentions and contradicted claims", """
        { node(id: "prison:tocoron") { ... on Prison {
            events { id count { value qualifier } }
            detentions { person { name } since until claims { source { title } } }
            claimsAbout(first: 10) { totalCount edges { node { id contradicts { id claimant { name } } } } } } } }""", Map.of()));
    documents.add(Arguments.of("lookup", LOOKUP, Map.of("id", "person:alfredo-romero")));
    documents.add(Arguments.of("nested", NESTED, Map.of("id", "person:test-sealed-witness")));
    documents.add(Arguments.of("page", PAGE, Map.of("prison", "prison:tocoron")));
    documents.add(Arguments.of("counts", COUNTS, Map.of()));
    documents.add(Arguments.of("claims", CLAIMS, Map.of("id", "org:foro-penal")));
    for (var name : List.of("lists", "filteredLists", "restrictedNodes", "entityFields", "claimFields", "facts", "timeline")) {
      var text = new ClassPathResource("graphql-test/restricted/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
      documents.add(Arguments.of("restricted/" + name, text, Map.of()));
    }
    return documents.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shouldAnswerEveryDocumentExactlyAsTheDataLoadersDo(String name, String document, Map<String, Object> variables) throws Exception {
    for (var token : List.of(TestTokens.READER, TestTokens.CONFIDENTIAL_READER)) {
      var compiled = ask(port, token, document, variables);
      var loaded = ask(loadersPort, token, document, variables);
      assertThat(compiled).as("%s as %s", name, token).isEqualTo(loaded);
      assertThat(compiled.has("data")).as("%s as %s answered: %s", name, token, compiled).isTrue();
    }
  }

  @Test
  void shouldShowRestrictedNodesToConfidentialReadersOnlyOnBothPaths() throws Exception {
    var variables = Map.<String, Object>of("id", "prison:tocoron");
    for (var instance : List.of(port, loadersPort)) {
      var reader = ask(instance, TestTokens.READER, DEEP_NODE, variables).toString();
      var confidential = ask(instance, TestTokens.CONFIDENTIAL_READER, DEEP_NODE, variables).toString();
      assertThat(reader).doesNotContain("test-sealed");
      assertThat(confidential).contains("detention:test-sealed-witness-tocoron", "claim:test-sealed-held-in-tocoron");
    }
  }

  @Test
  void shouldAnswerTheBenchmarkQuestionsAndDeepSelectionsInOneStatement() {
    var documents = Map.of(
        "lookup", List.of(LOOKUP, Map.<String, Object>of("id", "person:alfredo-romero")),
        "nested", List.of(NESTED, Map.<String, Object>of("id", "person:alfredo-romero")),
        "page", List.of(PAGE, Map.<String, Object>of("prison", "prison:tocoron")),
        "counts", List.of(COUNTS, Map.<String, Object>of()),
        "claims", List.of(CLAIMS, Map.<String, Object>of("id", "org:foro-penal")),
        "fragments", List.of(FRAGMENTS, Map.<String, Object>of("withCharges", true, "skipRoles", false)));
    documents.forEach((name, asked) -> {
      @SuppressWarnings("unchecked")
      var variables = (Map<String, Object>) asked.get(1);
      var before = roundTrips();
      graphQl.document((String) asked.getFirst()).variables(variables).execute().errors().verify();
      assertThat(roundTrips() - before).as(name).isEqualTo(1);
    });
  }

  @Test
  void shouldLeaveFieldsPastTheStatementsBoundToTheDataLoaders() {
    var before = roundTrips();
    graphQl.document(DEEP_NODE).variable("id", "person:alfredo-romero").execute().errors().verify();
    assertThat(roundTrips() - before).as("a document of more than %d relationship fields", ReadCompiler.MAX_FIELDS)
        .isGreaterThan(1);
  }

  @Test
  void shouldReachOnlyNodesOfTheTargetLabelThroughTheLinksReadWithoutALabelTest() {
    var ends = LinkEnds.of(driver);

    assertThat(ends).allSatisfy((link, found) -> assertThat(found.unlabelled()).as(link.name()).isZero());
    assertThat(ends).allSatisfy((link, found) -> assertThat(found.reached()).as(link.name()).isPositive());
  }

  @Test
  void shouldSendOneStatementTextPerShapeOfSelection() {
    var texts = new java.util.HashSet<String>();
    for (var id : List.of("person:alfredo-romero", "person:nicolas-maduro", "person:edmundo-gonzalez")) {
      graphQl.document(NESTED).variable("id", id).execute().errors().verify();
      texts.add(lastQueryText());
    }
    assertThat(texts).as("the same document for three people").hasSize(1);
    graphQl.document(NESTED.replace("since until", "since")).variable("id", "person:alfredo-romero").execute().errors().verify();
    assertThat(lastQueryText()).as("scalars do not change the statement").isEqualTo(texts.iterator().next());
  }

  private static String lastQueryText() {
    return org.casegraph.support.CountingDriver.lastQuery();
  }

  static JsonNode ask(int port, TestTokens token, String document, Map<String, Object> variables) throws Exception {
    var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
    try (var client = HttpClient.newHttpClient()) {
      var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
          .header("Authorization", token.bearer()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    }
  }
}
