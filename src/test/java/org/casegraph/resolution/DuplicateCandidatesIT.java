package org.casegraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Likely duplicates proposed to a reader, with a score and the reasons, on the article and a fixture of near-duplicates. */
class DuplicateCandidatesIT extends DuplicatesFixture {


  @Test
  void shouldProposeTheSamePersonSpelledDifferentlyAsTheLikelyDuplicate() {
    var candidates = candidates(Map.of("of", ANA));
    assertThat(candidates).isNotEmpty();
    var best = candidates.getFirst();
    assertThat(best.get("entities")).asString().contains(ANA, ANA_DUPLICATE);
    assertThat((Double) best.get("score")).isGreaterThan(0.95);
    assertThat(best.get("reasons")).asString().contains("similar names: 'Ana Pérez' and 'Ana Peres'", "2 of 2 words alike");
    assertThat(candidates).allSatisfy(c -> assertThat(c.get("entities")).asString().doesNotContain("marco", "prison:"));
  }

  @Test
  void shouldProposePairsAcrossAKindBestFirstEachOnce() {
    var organisations = candidates(Map.of("kind", "ORGANISATION"));
    assertThat(organisations).singleElement().satisfies(c -> {
      assertThat(c.get("entities")).asString().contains("org:fixture-dup-rights-watch", "org:fixture-dup-rights-watch-2");
      assertThat(c.get("score")).isEqualTo(1.0);
      assertThat(c.get("reasons")).asString().contains("the same name: 'Fixture Rights Watch'");
    });

    var people = candidates(Map.of("kind", "PERSON"));
    assertThat(people).hasSize(2);
    assertThat(people).extracting(c -> (Double) c.get("score")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(people).anySatisfy(c -> {
      assertThat(c.get("entities")).asString().contains("person:fixture-dup-marco-ruiz", "person:fixture-dup-marco-antonio-ruiz");
      assertThat(c.get("reasons")).asString().contains("the name of one is an alias of the other: 'Marco Ruiz'");
    });

    assertThat(candidates(Map.of())).hasSize(3);
    assertThat(candidates(Map.of("kind", "PRISON"))).isEmpty();
  }

  @Test
  void shouldFindNoDuplicatesAmongTheArticlesDistinctEntitiesAtTheDefaultThreshold() {
    assertThat(candidates(Map.of("of", "person:nicolas-maduro"))).isEmpty();
    assertThat(candidates(Map.of("kind", "PERSON", "minScore", 0.0, "first", 100)))
        .allSatisfy(c -> assertThat((Double) c.get("score")).isBetween(0.0, 1.0));
  }

  @Test
  void shouldNoLongerProposeADuplicateOnceMerged() {
    as(TestTokens.ADMIN).documentName("mergeEntities").variable("keep", ANA).variable("duplicate", ANA_DUPLICATE)
        .execute().errors().verify();
    assertThat(candidates(Map.of("of", ANA))).noneSatisfy(c -> assertThat(c.get("entities")).asString().contains(ANA_DUPLICATE));
  }

  @Test
  void shouldSayWhatIsWrongWithTheQuestion() {
    refused(query(Map.of("of", "person:fixture-dup-nobody")), ErrorType.NOT_FOUND, "person:fixture-dup-nobody");
    refused(query(Map.of("of", ANA, "kind", "PRISON")), ErrorType.BAD_REQUEST, "is a person, not a prison");
    refused(query(Map.of("of", "claim:fixture-dup-held")), ErrorType.BAD_REQUEST, "only entities have duplicates");
    refused(query(Map.of("minScore", 1.5)), ErrorType.BAD_REQUEST, "minScore must be between 0 and 1");
  }

  private GraphQlTester.Response query(Map<String, Object> variables) {
    var request = (variables.containsKey("of") ? graphQl : as(TestTokens.EDITOR)).documentName("duplicateCandidates");
    for (var v : variables.entrySet()) {
      request = request.variable(v.getKey(), v.getValue());
    }
    return request.execute();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> candidates(Map<String, Object> variables) {
    return (List<Map<String, Object>>) (List<?>) query(variables).errors().verify()
        .path("duplicateCandidates").entityList(Map.class).get();
  }

  private static void refused(GraphQlTester.Response response, ErrorType type, String fragment) {
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.getErrorType()).isEqualTo(type);
      assertThat(e.getMessage()).contains(fragment);
    }));
  }
}
