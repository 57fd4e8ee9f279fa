package org.casegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casegraph.support.ApiIT;
import org.casegraph.support.ErrorMessages;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * An editor adds what a second article says about Tocorón and sees it beside the first article's
 * claims, with the contradiction between them; a reader cannot write; a refused write leaves nothing;
 * every step is in the audit trail.
 */
class WritesIT extends ApiIT {

  private static final String SECOND_ARTICLE = "source:second-article-tocoron";
  private static final String CLAIMANT = "org:comite-libertad";
  private static final String CLAIM = "claim:comite-68-released-tocoron";

  @AfterEach
  void forgetWhatWasWritten() throws Exception {
    forget(SECOND_ARTICLE, CLAIMANT, CLAIM, "claim:comite-second", "detention:witness-tocoron", "person:new-witness");
    importer.importContent(new org.springframework.core.io.ClassPathResource(ARTICLE).getContentAsByteArray());
  }

  private GraphQlTester.Response addSecondArticle(GraphQlTester as) {
    as.document("""
            mutation { upsertSource(input: {id: "%s", title: "Tocorón releases: the families' count",
              publisher: "El Pitazo", publishedOn: "2024-11-18", url: "https://example.org/tocoron"}) { id title } }
            """.formatted(SECOND_ARTICLE)).execute().errors().verify();
    as.document("""
            mutation { upsertOrganisation(input: {id: "%s", name: "Comité por la Libertad de los Presos Políticos",
              aliases: ["CLIPPVE"], category: NGO, country: "VE"}) { id name } }
            """.formatted(CLAIMANT)).execute().errors().verify();
    return as.document("""
            mutation($input: ClaimInput!) { recordClaim(input: $input) {
              id statement quote claimedOn claimant { id name } source { id title } subjects { id }
              event { id } quantity { value unit qualifier } } }
            """)
        .variable("input", Map.of("id", CLAIM, "statement", "Sixty-eight people were released from Tocorón prison.",
            "quote", "The committee counted 68 prisoners walking out of Tocorón.", "claimant", CLAIMANT,
            "source", SECOND_ARTICLE, "claimedOn", "2024-11-16", "subjects", List.of("prison:tocoron"),
            "event", "event:release-tocoron", "quantity", Map.of("value", 68, "unit", "people", "qualifier", "EXACT")))
        .execute();
  }

  @Test
  void shouldShowASecondSourcesClaimBesideTheFirstWithTheContradictionBetweenThem() {
    addSecondArticle(as(TestTokens.EDITOR)).errors().verify()
        .path("recordClaim.id").entity(String.class).isEqualTo(CLAIM)
        .path("recordClaim.claimant.name").entity(String.class).isEqualTo("Comité por la Libertad de los Presos Políticos")
        .path("recordClaim.source.title").entity(String.class).isEqualTo("Tocorón releases: the families' count")
        .path("recordClaim.claimedOn").entity(String.class).isEqualTo("2024-11-16")
        .path("recordClaim.quantity.value").entity(Double.class).isEqualTo(68.0);

    graphQl.document("""
            { node(id: "prison:tocoron") { ... on Prison { claimsAbout(first: 50) { totalCount
              edges { node { id source { id } } } } } } }""").execute().errors().verify()
        .path("node.claimsAbout.edges[*].node.source.id").entityList(String.class)
        .contains(SECOND_ARTICLE, "source:article-venezuela-post-election-releases")
        .path("node.claimsAbout.edges[*].node.id").entityList(String.class).contains(CLAIM, "claim:romero-50-released-tocoron");

    graphQl.document("{ contradictions(about: \"event:release-tocoron\") { kind reason claims { id } } }").execute().errors().verify()
        .path("contradictions[*].claims[*].id").entityList(String.class).contains(CLAIM, "claim:romero-50-released-tocoron")
        .path("contradictions[0].kind").entity(String.class).isEqualTo("SAME_TIME_COUNTS")
        .path("contradictions[0].reason").entity(String.class).satisfies(reason -> assertThat(reason).contains("50", "68"));
  }

  @Test
  void shouldRefuseAReaderEveryWriteAndWriteNothing() {
    var before = dump();
    for (var mutation : List.of(
        "mutation { upsertSource(input: {id: \"%s\", title: \"T\"}) { id } }".formatted(SECOND_ARTICLE),
        "mutation { recordClaim(input: {id: \"%s\", statement: \"S.\", claimant: \"person:alfredo-romero\", source: \"%s\"}) { id } }"
            .formatted(CLAIM, "source:article-venezuela-post-election-releases"),
        "mutation { upsertPerson(input: {id: \"person:new-witness\", name: \"X\"}) { id } }",
        "mutation { linkClaims(claim: \"claim:romero-50-released-tocoron\", link: SUPPORTS, other: \"claim:romero-107-verified\") { id } }",
        "mutation { deleteNode(id: \"claim:romero-50-released-tocoron\") }")) {
      graphQl.document(mutation).execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }
    as(TestTokens.EDITOR).document("mutation { deleteNode(id: \"claim:romero-50-released-tocoron\") }").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    assertThat(dump()).isEqualTo(before);
    assertThat(count("MATCH (c:Change) RETURN count(c)")).isZero();
  }

  @Test
  void shouldRecordEveryStepInTheAuditTrailWithWhoWhenAndWhat() {
    addSecondArticle(as(TestTokens.EDITOR)).errors().verify();
    var editor = TestTokens.EDITOR.tokenName();
    graphQl.document("{ auditTrail(actor: \"%s\") { totalCount edges { node { actor action at nodes { id before { labels } after { labels } } } } } }"
            .formatted(editor)).execute().errors().verify()
        .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(3)
        .path("auditTrail.edges[*].node.action").entityList(String.class).containsExactly("recordClaim", "upsertOrganisation", "upsertSource")
        .path("auditTrail.edges[*].node.actor").entityList(String.class).satisfies(actors -> assertThat(actors).containsOnly(editor))
        .path("auditTrail.edges[0].node.nodes[0].id").entity(String.class).isEqualTo(CLAIM)
        .path("auditTrail.edges[0].node.nodes[0].before").valueIsNull()
        .path("auditTrail.edges[0].node.nodes[0].after.labels").entityList(String.class).containsExactly("Claim");

    // A correction: the claim's figure changes, and the trail shows it before and after.
    as(TestTokens.EDITOR).document("""
            mutation { recordClaim(input: {id: "%s", statement: "Sixty-eight people were released from Tocorón prison.",
              claimant: "%s", source: "%s", event: "event:release-tocoron", subjects: ["prison:tocoron"],
              quantity: {value: 58, unit: "people"}}) { quantity { value qualifier } } }
            """.formatted(CLAIM, CLAIMANT, SECOND_ARTICLE)).execute().errors().verify()
        .path("recordClaim.quantity.value").entity(Double.class).isEqualTo(58.0)
        .path("recordClaim.quantity.qualifier").entity(String.class).isEqualTo("EXACT");
    graphQl.document("""
            { auditTrail(of: "%s") { totalCount edges { node { action nodes { before { properties { name value } links { type node } }
              after { properties { name value } } } } } } }""".formatted(CLAIM)).execute().errors().verify()
        .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(2)
        .path("auditTrail.edges[0].node.nodes[0].before.properties[?(@.name == 'quantityValue')].value").entityList(String.class).containsExactly("68.0")
        .path("auditTrail.edges[0].node.nodes[0].after.properties[?(@.name == 'quantityValue')].value").entityList(String.class).containsExactly("58.0")
        .path("auditTrail.edges[0].node.nodes[0].before.properties[?(@.name == 'quote')]").entityList(Object.class).hasSize(1)
        .path("auditTrail.edges[0].node.nodes[0].after.properties[?(@.name == 'quote')]").entityList(Object.class).hasSize(0)
        .path("auditTrail.edges[0].node.nodes[0].before.links[?(@.type == 'FROM')].node").entityList(String.class).containsExactly(SECOND_ARTICLE);
  }

  @Test
  void shouldRefuseAClaimWithoutAKnownSourceNamingEachFieldAndWriteNothing() {
    var before = dump();
    as(TestTokens.EDITOR).document("""
            mutation { recordClaim(input: {id: "%s", statement: "Something.", claimant: "person:nobody",
              source: "source:nowhere", subjects: ["prison:tocoron", "event:release-tocoron"], claimedOn: "2024-11"}) { id } }
            """.formatted(CLAIM)).execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains("input.source: 'source:nowhere' is not in the graph",
              "input.claimant: 'person:nobody' is not in the graph", "input.subjects[1]");
          assertThat(e.getExtensions().get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(3);
          ErrorMessages.assertNothingInternal(e);
        }));
    as(TestTokens.EDITOR).document("mutation { recordClaim(input: {id: \"%s\", statement: \"Something.\", claimant: \"person:alfredo-romero\"}) { id } }"
        .formatted(CLAIM)).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
        .allSatisfy(e -> assertThat(e.getMessage()).contains("source")));
    as(TestTokens.EDITOR).document("mutation { upsertPerson(input: {id: \"Person 1\", name: \"\"}) { id } }").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("input.id", "input.name")));
    as(TestTokens.EDITOR).document("mutation { upsertPerson(input: {id: \"person:x\", name: \"X\", birthDate: \"2024-02-30\"}) { id } }").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("2024-02-30")));
    assertThat(dump()).isEqualTo(before);
    assertThat(count("MATCH (c:Change|ChangedNode) RETURN count(c)")).isZero();
  }

  @Test
  void shouldStoreAFactOnlyWithAClaimBehindIt() {
    addSecondArticle(as(TestTokens.EDITOR)).errors().verify();
    var detention = """
        mutation($claims: [ID!]) { upsertDetention(input: {id: "detention:witness-tocoron", person: "person:alfredo-romero",
          prison: "prison:tocoron", since: "2024-08", assertedBy: $claims}) { id prison { id } claims { id } } }""";
    as(TestTokens.EDITOR).document(detention).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains("detention:witness-tocoron", "backed by no claim", "assertedBy");
        }));
    assertThat(count("MATCH (d:Node {id: 'detention:witness-tocoron'}) RETURN count(d)")).isZero();
    as(TestTokens.EDITOR).document(detention).variable("claims", List.of("claim:nowhere")).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("input.assertedBy[0]")));
    as(TestTokens.EDITOR).document(detention).variable("claims", List.of(CLAIM)).execute().errors().verify()
        .path("upsertDetention.prison.id").entity(String.class).isEqualTo("prison:tocoron")
        .path("upsertDetention.claims[*].id").entityList(String.class).containsExactly(CLAIM);
    // Upsert replaces: the prison removed, the claim behind it kept.
    as(TestTokens.EDITOR).document("""
            mutation { upsertDetention(input: {id: "detention:witness-tocoron", person: "person:alfredo-romero"}) {
              prison { id } claims { id } } }""").execute().errors().verify()
        .path("upsertDetention.prison").valueIsNull()
        .path("upsertDetention.claims[*].id").entityList(String.class).containsExactly(CLAIM);
  }

  @Test
  void shouldLinkAndUnlinkClaims() {
    addSecondArticle(as(TestTokens.EDITOR)).errors().verify();
    as(TestTokens.EDITOR).document("""
            mutation { linkClaims(claim: "claim:romero-50-released-tocoron", link: CONTRADICTS, other: "%s") { id contradicts { id } } }"""
            .formatted(CLAIM)).execute().errors().verify()
        .path("linkClaims.contradicts[*].id").entityList(String.class).contains(CLAIM);
    graphQl.document("{ node(id: \"%s\") { ... on Claim { contradicts { id } } } }".formatted(CLAIM)).execute()
        .path("node.contradicts[*].id").entityList(String.class).containsExactly("claim:romero-50-released-tocoron");
    as(TestTokens.EDITOR).document("""
            mutation { unlinkClaims(claim: "%s", link: CONTRADICTS, other: "claim:romero-50-released-tocoron") { id contradicts { id } } }"""
            .formatted(CLAIM)).execute().errors().verify()
        .path("unlinkClaims.contradicts").entityList(Object.class).hasSize(0);
    as(TestTokens.EDITOR).document("mutation { linkClaims(claim: \"%s\", link: SUPPORTS, other: \"%s\") { id } }".formatted(CLAIM, CLAIM))
        .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(e -> assertThat(e.getMessage()).contains("cannot support or contradict itself")));
  }

  @Test
  void shouldLetAnAdminDeleteOnlyWhatNothingDependsOn() {
    addSecondArticle(as(TestTokens.EDITOR)).errors().verify();
    as(TestTokens.ADMIN).document("mutation { deleteNode(id: \"%s\") }".formatted(SECOND_ARTICLE)).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains(CLAIM, "refer to it");
        }));
    as(TestTokens.ADMIN).document("mutation { deleteNode(id: \"claim:romero-leads-foro-penal\") }").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
            .contains("only claim backing role:alfredo-romero-leads-foro-penal")));
    as(TestTokens.ADMIN).document("mutation { deleteNode(id: \"%s\") }".formatted(CLAIM)).execute().errors().verify()
        .path("deleteNode").entity(String.class).isEqualTo(CLAIM);
    graphQl.document("{ node(id: \"%s\") { id } }".formatted(CLAIM)).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
    graphQl.document("{ auditTrail(of: \"%s\", first: 1) { edges { node { action actor nodes { id before { labels } after { labels } } } } } }"
            .formatted(CLAIM)).execute().errors().verify()
        .path("auditTrail.edges[0].node.action").entity(String.class).isEqualTo("deleteNode")
        .path("auditTrail.edges[0].node.actor").entity(String.class).isEqualTo(TestTokens.ADMIN.tokenName())
        .path("auditTrail.edges[0].node.nodes[?(@.id == '%s')].after".formatted(CLAIM)).entityList(Object.class).containsExactly((Object) null);
  }

  @Test
  void shouldHideAClaimRecordedInARestrictedSourceFromReadersAndTheirAuditTrail() {
    var restricted = "mutation { upsertSource(input: {id: \"%s\", title: \"Statement of a protected witness\", restricted: true}) { id } }"
        .formatted(SECOND_ARTICLE);
    as(TestTokens.EDITOR).document(restricted).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
        .satisfies(e -> assertThat(e.getErrorType()).as("an editor without CONFIDENTIAL").isEqualTo(ErrorType.FORBIDDEN)));
    var editor = as(TestTokens.ADMIN);
    editor.document("""
            mutation { upsertSource(input: {id: "%s", title: "Statement of a protected witness", restricted: true}) { id restricted } }
            """.formatted(SECOND_ARTICLE)).execute().errors().verify();
    editor.document("""
            mutation { recordClaim(input: {id: "%s", statement: "The witness saw 68 people leave Tocorón.", claimant: "person:alfredo-romero",
              source: "%s", subjects: ["prison:tocoron"]}) { id } }""".formatted(CLAIM, SECOND_ARTICLE)).execute().errors().verify();

    var query = """
        { claims(subject: "prison:tocoron") { totalCount edges { node { id } } }
          auditTrail { totalCount edges { node { action nodes { id } } } } }""";
    var reader = graphQl.document(query).execute().errors().verify();
    reader.path("claims.edges[*].node.id").entityList(String.class).doesNotContain(CLAIM)
        .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(0);
    assertThat(graphQl.document(query).execute().errors().verify().path("").entity(Map.class).get().toString())
        .doesNotContain(CLAIM, SECOND_ARTICLE, "protected witness");
    graphQl.document("{ node(id: \"%s\") { id } }".formatted(CLAIM)).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));

    as(TestTokens.CONFIDENTIAL_READER).document(query).execute().errors().verify()
        .path("claims.edges[*].node.id").entityList(String.class).contains(CLAIM)
        .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(2)
        .path("auditTrail.edges[*].node.action").entityList(String.class).containsExactly("recordClaim", "upsertSource");

    // An editor without CONFIDENTIAL can neither overwrite the restricted claim nor cite what it alone names.
    as(TestTokens.EDITOR).document("""
            mutation { recordClaim(input: {id: "%s", statement: "Overwritten.", claimant: "person:alfredo-romero",
              source: "source:article-venezuela-post-election-releases"}) { id } }""".formatted(CLAIM)).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    as(TestTokens.EDITOR).document("""
            mutation { recordClaim(input: {id: "claim:comite-second", statement: "S.", claimant: "person:alfredo-romero",
              source: "%s"}) { id } }""".formatted(SECOND_ARTICLE)).execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("input.source", "not in the graph")));
    as(TestTokens.CONFIDENTIAL_READER).document("{ node(id: \"%s\") { ... on Claim { statement } } }".formatted(CLAIM)).execute()
        .path("node.statement").entity(String.class).isEqualTo("The witness saw 68 people leave Tocorón.");
  }

  private long count(String cypher) {
    return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
  }
}
