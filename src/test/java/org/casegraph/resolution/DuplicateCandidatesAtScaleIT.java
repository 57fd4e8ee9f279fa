package org.casegraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casegraph.dataset.BulkWriter;
import org.casegraph.generator.GraphGenerator;
import org.casegraph.security.Tokens;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Duplicate candidates over the generated graph of 20,000 people, in the generated graph's own Neo4j:
 * blocking keeps both questions to seconds, and a planted misspelling of a generated person is that
 * person's best candidate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "casegraph.seed.enabled=false")
@AutoConfigureHttpGraphQlTester
class DuplicateCandidatesAtScaleIT {

  private static final String PLANTED = "person:fixture-dup-planted";

  @Autowired
  private HttpGraphQlTester tester;

  @Autowired
  private Tokens tokens;

  @Autowired
  private Driver driver;

  private HttpGraphQlTester graphQl;

  @DynamicPropertySource
  static void largeNeo4j(DynamicPropertyRegistry registry) {
    registry.add("spring.neo4j.uri", TestDatabase::large);
    registry.add("spring.neo4j.authentication.password", () -> "");
  }

  @BeforeAll
  static void load(@Autowired BulkWriter writer, @Autowired Driver driver) {
    var people = driver.executableQuery("MATCH (p:Person) RETURN count(p) AS n").execute().records().getFirst().get("n").asLong();
    if (people < GraphGenerator.DEFAULT_PEOPLE) {
      writer.write(new GraphGenerator(GraphGenerator.DEFAULT_SEED, GraphGenerator.DEFAULT_PEOPLE).generate(),
          BulkWriter.DEFAULT_BATCH_SIZE, line -> {});
    }
  }

  @AfterAll
  static void removePlanted(@Autowired Driver driver) {
    driver.executableQuery("MATCH (n:Node {id: $id}) DETACH DELETE n").withParameters(Map.of("id", PLANTED)).execute();
  }

  @BeforeEach
  void patientReader() {
    TestTokens.ensure(tokens);
    var patience = Duration.ofMinutes(1);
    graphQl = tester.mutate().header("Authorization", TestTokens.READER.bearer())
        .webTestClient(client -> client.responseTimeout(patience)).responseTimeout(patience).build();
  }

  @Test
  void shouldProposeAMisspeltCopyOfAGeneratedPersonAsTheirBestCandidate() {
    var original = driver.executableQuery("""
            MATCH (p:Person) WHERE size(split(p.name, ' ')) >= 3 RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1""")
        .execute().records().getFirst();
    var name = original.get("name").asString();
    var misspelt = name.substring(0, name.length() - 2) + name.charAt(name.length() - 1);
    driver.executableQuery("""
            CREATE (p:Node:Entity:Person {id: $id, name: $name, aliases: [], aliasText: '', nameKey: toLower($name)})""")
        .withParameters(Map.of("id", PLANTED, "name", misspelt)).execute();

    List<String> ids = List.of();
    for (var attempt : List.of("first", "second")) {
      var started = System.nanoTime();
      ids = graphQl.document("{ duplicateCandidates(of: \"%s\", minScore: 0.5) { entities { id } score } }".formatted(PLANTED))
          .execute().errors().verify().path("duplicateCandidates[0].entities[*].id").entityList(String.class).get();
      System.out.printf("duplicateCandidates(of) among %d people, %s time: %.2f s%n", GraphGenerator.DEFAULT_PEOPLE, attempt,
          (System.nanoTime() - started) / 1e9);
    }
    assertThat(ids).as("'%s' misspelt as '%s'", name, misspelt).isEqualTo(List.of(PLANTED, original.get("id").asString()));
  }

  @Test
  void shouldProposeDuplicatesAmongEveryGeneratedPersonWithoutComparingEveryPair() {
    var started = System.nanoTime();
    var scores = graphQl.mutate().headers(h -> h.set("Authorization", TestTokens.EDITOR.bearer())).build()
        .document("{ duplicateCandidates(kind: PERSON, first: 50) { entities { id } score reasons } }")
        .execute().errors().verify().path("duplicateCandidates[*].score").entityList(Double.class).get();
    var seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("duplicateCandidates(kind: PERSON) among %d people: %.2f s, %d pairs%n", GraphGenerator.DEFAULT_PEOPLE, seconds, scores.size());
    assertThat(scores).isNotEmpty().allSatisfy(s -> assertThat(s).isBetween(0.8, 1.0));
    // Comparing all 200 million pairs would take many minutes; blocking keeps it to seconds even on a busy machine.
    assertThat(seconds).isLessThan(60);
  }
}
