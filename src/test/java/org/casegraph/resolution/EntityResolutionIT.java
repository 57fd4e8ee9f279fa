package org.casegraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Merging duplicate entities and undoing it, on a fixture of people, organisations and a prison under two spellings. */
class EntityResolutionIT extends DuplicatesFixture {

  private static final String MARCO = "person:fixture-dup-marco-ruiz";
  private static final String MARCO_DUPLICATE = "person:fixture-dup-marco-antonio-ruiz";
  private static final String WATCH = "org:fixture-dup-rights-watch";
  private static final String WATCH_DUPLICATE = "org:fixture-dup-rights-watch-2";
  private static final String EL_CERRO = "prison:fixture-dup-el-cerro";

  @Test
  void shouldFoldADuplicateIntoTheEntityKeptWithItsClaimsDetentionsRolesAndCharges() {
    merge(TestTokens.ADMIN, ANA, ANA_DUPLICATE).errors().verify()
        .path("mergeEntities.keep").entity(String.class).isEqualTo(ANA)
        .path("mergeEntities.duplicateName").entity(String.class).isEqualTo("Ana Peres")
        .path("mergeEntities.kind").entity(String.class).isEqualTo("PERSON")
        .path("mergeEntities.actor").entity(String.class).isEqualTo(TestTokens.ADMIN.tokenName())
        // The vigil claim was already about Ana Pérez, and she already spoke at the vigil: those two are not doubled.
        .path("mergeEntities.deduplicatedRelationships").entity(Integer.class).isEqualTo(2)
        .path("mergeEntities.movedRelationships").entity(Integer.class).isEqualTo(6)
        // claim:…-vigil.claimant, detention.person, role.person
        .path("mergeEntities.rewrittenProperties").entity(Integer.class).isEqualTo(3)
        .path("mergeEntities.entity.aliases").entityList(String.class).containsExactly("Ana Perez", "Ana Peres", "A. Pérez");

    graphQl.documentName("mergedPerson").variable("id", ANA).execute().errors().verify()
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(2)
        .path("node.claimsMade.edges[*].node.claimant.id").entityList(String.class).containsExactly(ANA, ANA)
        .path("node.claimsAbout.totalCount").entity(Integer.class).isEqualTo(3)
        .path("node.detentions[0].person.id").entity(String.class).isEqualTo(ANA)
        .path("node.detentions[0].prison.id").entity(String.class).isEqualTo(EL_CERRO)
        .path("node.roles[0].person.id").entity(String.class).isEqualTo(ANA)
        .path("node.roles[0].organisation.id").entity(String.class).isEqualTo(WATCH_DUPLICATE)
        .path("node.charges[0].defendants[*].id").entityList(String.class).containsExactly(ANA);
    graphQl.document("{ event: node(id: \"event:fixture-dup-vigil\") { ... on Event { participants { entity { id } role } } } }")
        .execute().errors().verify()
        .path("event.participants[*].role").entityList(String.class).hasSize(2).contains("speaker", "organiser")
        .path("event.participants[*].entity.id").entityList(String.class).containsExactly(ANA, ANA);
    assertThat(driver.executableQuery("""
            MATCH (n:Node) WHERE n.claimant = $duplicate OR n.person = $duplicate RETURN count(n) AS n""")
        .withParameters(Map.of("duplicate", ANA_DUPLICATE)).execute().records().getFirst().get("n").asLong()).isZero();
  }

  @Test
  void shouldNoLongerShowTheDuplicateAndSayWhereItWent() {
    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    graphQl.document("{ search(text: \"Ana Peres\", kinds: [PERSON]) { entity { id } } }").execute().errors().verify()
        .path("search[*].entity.id").entityList(String.class).containsExactly(ANA);
    graphQl.document("{ people(name: \"peres\") { edges { node { id } } } }").execute().errors().verify()
        .path("people.edges[*].node.id").entityList(String.class).containsExactly(ANA);
    refused(graphQl.documentName("mergedPerson").variable("id", ANA_DUPLICATE).execute(), ErrorType.NOT_FOUND,
        "'%s' was merged into '%s' (%s".formatted(ANA_DUPLICATE, ANA, mergeId));
    graphQl.document("{ merges(of: \"%s\") { id keep duplicate undoneAt } }".formatted(ANA_DUPLICATE)).execute().errors().verify()
        .path("merges[*].id").entityList(String.class).containsExactly(mergeId);
  }

  @Test
  void shouldRestoreTheGraphExactlyWhenAMergeIsUndone() {
    var before = dump();
    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    assertThat(dump()).isNotEqualTo(before);

    as(TestTokens.ADMIN).documentName("unmergeEntities").variable("merge", mergeId).execute().errors().verify()
        .path("unmergeEntities.undoneBy").entity(String.class).isEqualTo(TestTokens.ADMIN.tokenName());
    assertThat(dump()).containsExactlyElementsOf(before);
  }

  @Test
  void shouldRestoreOrganisationsAndPrisonsExactlyToo() {
    var before = dump();
    mergeAsAdmin(WATCH, WATCH_DUPLICATE);
    mergeAsAdmin(MARCO, MARCO_DUPLICATE);
    as(TestTokens.ADMIN).documentName("unmergeEntities").variable("duplicate", MARCO_DUPLICATE).execute().errors().verify();
    as(TestTokens.ADMIN).documentName("unmergeEntities").variable("duplicate", WATCH_DUPLICATE).execute().errors().verify();
    assertThat(dump()).containsExactlyElementsOf(before);
  }

  @Test
  void shouldUndoChainedMergesOnlyInReverseOrderAndThenRestoreExactly() {
    var before = dump();
    var first = mergeAsAdmin(ANA, ANA_DUPLICATE);
    var second = mergeAsAdmin(ANA, MARCO_DUPLICATE);
    var third = mergeAsAdmin(MARCO, ANA);

    refused(unmerge(first), ErrorType.BAD_REQUEST, "Cannot undo " + first, "'%s' has since been merged into '%s' (%s)".formatted(ANA, MARCO, third));
    unmerge(third).errors().verify();
    refused(unmerge(first), ErrorType.BAD_REQUEST, "'%s' was merged into '%s' after it (%s)".formatted(MARCO_DUPLICATE, ANA, second));
    unmerge(second).errors().verify();
    unmerge(first).errors().verify();
    refused(unmerge(first), ErrorType.BAD_REQUEST, first + " was already undone");
    assertThat(dump()).containsExactlyElementsOf(before);
  }

  @Test
  void shouldKeepAnAliasAddedSinceTheMergeWhenUndoingIt() {
    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    driver.executableQuery("MATCH (p:Person {id: $id}) SET p.aliases = p.aliases + 'Ana P.'").withParameters(Map.of("id", ANA)).execute();
    unmerge(mergeId).errors().verify();
    graphQl.document("{ node(id: \"%s\") { ... on Person { aliases } } }".formatted(ANA)).execute().errors().verify()
        .path("node.aliases").entityList(String.class).containsExactly("Ana Perez", "Ana P.");
    graphQl.document("{ people(name: \"peres\") { edges { node { id } } } }").execute().errors().verify()
        .path("people.edges[*].node.id").entityList(String.class).containsExactly(ANA_DUPLICATE);
  }

  @Test
  void shouldRefuseAnUnmergeThatCouldNotRestoreWhatWasThere() {
    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    driver.executableQuery("MATCH (c:Claim {id: 'claim:fixture-dup-held'}) DETACH DELETE c").execute();
    var before = dump();
    refused(unmerge(mergeId), ErrorType.BAD_REQUEST, "Cannot undo " + mergeId, "'claim:fixture-dup-held'", "no longer exists");
    assertThat(dump()).containsExactlyElementsOf(before);
    assertThat(actions(ANA)).containsExactly("mergeEntities");
  }

  @Test
  void shouldLetOnlyAnAdminMergeOrUnmerge() {
    var before = dump();
    for (var token : new TestTokens[] {TestTokens.READER, TestTokens.EDITOR}) {
      refused(merge(token, ANA, ANA_DUPLICATE), ErrorType.FORBIDDEN, "mergeEntities");
    }
    assertThat(dump()).containsExactlyElementsOf(before);
    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    var merged = dump();
    for (var token : new TestTokens[] {TestTokens.READER, TestTokens.EDITOR}) {
      refused(as(token).documentName("unmergeEntities").variable("merge", mergeId).execute(), ErrorType.FORBIDDEN, "unmergeEntities");
    }
    assertThat(dump()).containsExactlyElementsOf(merged);
  }

  @Test
  void shouldRefuseAMergeThatCannotBeMadeNamingTheProblemAndLeavingNothingBehind() {
    var before = dump();
    refused(merge(TestTokens.ADMIN, ANA, "person:fixture-dup-nobody"), ErrorType.NOT_FOUND,
        "There is no entity with id 'person:fixture-dup-nobody' (the duplicate)");
    refused(merge(TestTokens.ADMIN, "person:fixture-dup-nobody", ANA), ErrorType.NOT_FOUND, "'person:fixture-dup-nobody' (the keep)");
    refused(merge(TestTokens.ADMIN, ANA, EL_CERRO), ErrorType.BAD_REQUEST,
        "'%s' is a person and '%s' is a prison: only entities of the same kind can be merged".formatted(ANA, EL_CERRO));
    refused(merge(TestTokens.ADMIN, ANA, ANA), ErrorType.BAD_REQUEST, "keep and duplicate are both '%s'".formatted(ANA));
    refused(merge(TestTokens.ADMIN, ANA, "claim:fixture-dup-held"), ErrorType.BAD_REQUEST,
        "'claim:fixture-dup-held' is a claim, not a person, organisation or prison");
    assertThat(dump()).containsExactlyElementsOf(before);
    assertThat(actions(ANA)).isEmpty();
    assertThat(count("MATCH (m:Merge) RETURN count(m)")).isZero();

    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    var merged = dump();
    refused(merge(TestTokens.ADMIN, MARCO, ANA_DUPLICATE), ErrorType.BAD_REQUEST,
        "'%s' has already been merged into '%s' (%s)".formatted(ANA_DUPLICATE, ANA, mergeId));
    refused(merge(TestTokens.ADMIN, ANA_DUPLICATE, MARCO), ErrorType.BAD_REQUEST,
        "'%s' has been merged into '%s' (%s): keep '%s' instead".formatted(ANA_DUPLICATE, ANA, mergeId, ANA));
    refused(as(TestTokens.ADMIN).documentName("unmergeEntities").variable("merge", "merge:nothing").execute(), ErrorType.NOT_FOUND,
        "There is no merge with id 'merge:nothing'");
    refused(as(TestTokens.ADMIN).documentName("unmergeEntities").execute(), ErrorType.BAD_REQUEST, "give either merge");
    assertThat(dump()).containsExactlyElementsOf(merged);
    assertThat(count("MATCH (m:Merge) RETURN count(m)")).isOne();
  }

  @Test
  void shouldRecordMergeAndUnmergeInTheAuditTrail() {
    var mergeId = mergeAsAdmin(ANA, ANA_DUPLICATE);
    unmerge(mergeId).errors().verify();
    for (var id : List.of(ANA, ANA_DUPLICATE, "claim:fixture-dup-vigil", "detention:fixture-dup-ana-peres-el-cerro")) {
      assertThat(actions(id)).as(id).containsExactly("unmergeEntities", "mergeEntities");
    }
    graphQl.document("""
            { auditTrail(of: "%s") { edges { node { action actor nodes { id before { labels } after { labels } } } } } }"""
            .formatted(ANA_DUPLICATE)).execute().errors().verify()
        .path("auditTrail.edges[1].node.actor").entity(String.class).isEqualTo(TestTokens.ADMIN.tokenName())
        .path("auditTrail.edges[1].node.nodes[?(@.id == '%s')].before.labels".formatted(ANA_DUPLICATE))
        .entityList(Object.class).hasSize(1)
        .path("auditTrail.edges[1].node.nodes[?(@.id == '%s')].after".formatted(ANA_DUPLICATE))
        .entityList(Object.class).containsExactly((Object) null)
        .path("auditTrail.edges[0].node.nodes[?(@.id == '%s')].before".formatted(ANA_DUPLICATE))
        .entityList(Object.class).containsExactly((Object) null);
  }

  private GraphQlTester.Response merge(TestTokens token, String keep, String duplicate) {
    return as(token).documentName("mergeEntities").variable("keep", keep).variable("duplicate", duplicate).execute();
  }

  private String mergeAsAdmin(String keep, String duplicate) {
    return merge(TestTokens.ADMIN, keep, duplicate).errors().verify().path("mergeEntities.id").entity(String.class).get();
  }

  private GraphQlTester.Response unmerge(String mergeId) {
    return as(TestTokens.ADMIN).documentName("unmergeEntities").variable("merge", mergeId).execute();
  }

  private static void refused(GraphQlTester.Response response, ErrorType type, String... fragments) {
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.getErrorType()).isEqualTo(type);
      assertThat(e.getMessage()).contains(fragments);
    }));
  }

  private List<String> actions(String id) {
    return graphQl.document("{ auditTrail(of: \"%s\") { edges { node { action } } } }".formatted(id)).execute().errors().verify()
        .path("auditTrail.edges[*].node.action").entityList(String.class).get();
  }

  private long count(String cypher) {
    return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
  }
}
