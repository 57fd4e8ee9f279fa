package org.casegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.casegraph.support.ApiIT;
import org.casegraph.support.CountingDriver;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A write costs the same round trips to Neo4j on a busy source or a much-cited person as on a quiet one:
 * what it checks, records in the audit trail and recomputes for restricted sources stays next to the
 * nodes it writes, however large the graph around them has grown.
 */
class WriteRoundTripsIT extends ApiIT {

  private static final String QUIET = "source:rt-quiet";
  private static final String BUSY = "source:rt-busy";
  private static final String HIDDEN = "source:rt-hidden";
  private static final String FEW = "person:rt-few";
  private static final String MANY = "person:rt-many";
  private static final String CLAIMANT = "org:article-publisher";

  private final List<String> written = new ArrayList<>();

  /** A quiet source with 3 claims about one person, a busy one with 300 about another, and a restricted source. */
  @BeforeEach
  void twoSourcesOfDifferentSizes() throws Exception {
    var claims = new ArrayList<Map<String, Object>>();
    IntStream.range(0, 3).forEach(i -> claims.add(claim("claim:rt-quiet-" + i, QUIET, FEW)));
    IntStream.range(0, 300).forEach(i -> claims.add(claim("claim:rt-busy-" + i, BUSY, MANY)));
    claims.add(claim("claim:rt-hidden-0", HIDDEN, MANY));
    var dataset = Map.of("format", "casegraph-dataset/1",
        "sources", List.of(Map.of("id", QUIET, "title", "A quiet source"), Map.of("id", BUSY, "title", "A busy source"),
            Map.of("id", HIDDEN, "title", "A restricted source", "restricted", true)),
        "people", List.of(Map.of("id", FEW, "name", "Rosa Pocas"), Map.of("id", MANY, "name", "Mario Muchos")),
        "claims", claims);
    importer.importContent(JsonMapper.builder().build().writeValueAsBytes(dataset));
    claims.forEach(c -> written.add((String) c.get("id")));
    written.addAll(List.of(QUIET, BUSY, HIDDEN, FEW, MANY));
  }

  @AfterEach
  void forgetThem() {
    forget(written.toArray(String[]::new));
  }

  @Test
  void shouldRecordAClaimOnASourceWithThreeHundredClaimsInTheRoundTripsItTakesOnOneWithThree() {
    var onQuiet = statementsOf(() -> recordClaim("claim:rt-new-quiet", QUIET, FEW));
    var onBusy = statementsOf(() -> recordClaim("claim:rt-new-busy", BUSY, MANY));
    System.out.printf("recordClaim: %d statements on a source with 3 claims, %d on one with 300%n", onQuiet, onBusy);
    assertThat(onBusy).isEqualTo(onQuiet);
    // The state before (which says whether it is restricted) with the references, the write with its
    // restrictions and the state after (which answers the mutation), the audit record.
    assertThat(onQuiet).isLessThanOrEqualTo(3);
    // Each was written with its audit record.
    assertThat(changesOf("claim:rt-new-busy")).isEqualTo(1);
  }

  @Test
  void shouldUpsertAPersonNamedByThreeHundredClaimsInTheRoundTripsItTakesForOneNamedByThree() {
    var few = statementsOf(() -> upsertPerson(FEW, "Rosa Pocas Díaz"));
    var many = statementsOf(() -> upsertPerson(MANY, "Mario Muchos Díaz"));
    System.out.printf("upsertPerson: %d statements for a person in 3 claims, %d for one in 301%n", few, many);
    assertThat(many).isEqualTo(few);
    // The state before, the write with its restrictions and the state after, the audit record.
    assertThat(few).isLessThanOrEqualTo(3);
    assertThat(changesOf(MANY)).isEqualTo(1);
  }

  private long statementsOf(Runnable write) {
    roundTrips();
    // The writer's token is looked up on its first use only: that is not the write's.
    as(TestTokens.EDITOR).document("{ __typename }").execute().errors().verify();
    var before = CountingDriver.statements();
    write.run();
    return CountingDriver.statements() - before;
  }

  private void recordClaim(String id, String source, String subject) {
    written.add(id);
    as(TestTokens.EDITOR).document("mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }")
        .variable("input", Map.of("id", id, "statement", "One more person was released.", "claimant", CLAIMANT,
            "source", source, "claimedOn", "2024-11-20", "subjects", List.of(subject)))
        .execute().errors().verify().path("recordClaim.id").entity(String.class).isEqualTo(id);
  }

  private void upsertPerson(String id, String name) {
    as(TestTokens.EDITOR).document("mutation($input: PersonInput!) { upsertPerson(input: $input) { id name } }")
        .variable("input", Map.of("id", id, "name", name))
        .execute().errors().verify().path("upsertPerson.name").entity(String.class).isEqualTo(name);
  }

  private long changesOf(String id) {
    return driver.executableQuery("MATCH (v:ChangedNode {target: $id}) RETURN count(v) AS n").withParameters(Map.of("id", id))
        .execute().records().getFirst().get("n").asLong();
  }

  private static Map<String, Object> claim(String id, String source, String subject) {
    return Map.of("id", id, "statement", "Someone was released.", "claimant", CLAIMANT, "source", source,
        "claimedOn", "2024-11-18", "subjects", List.of(subject));
  }
}
