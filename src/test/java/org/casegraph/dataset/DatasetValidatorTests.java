package org.casegraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetValidatorTests {

  private final DatasetValidator validator = new DatasetValidator();

  @ParameterizedTest
  @CsvSource({"'', $", "/claims/3/source, $.claims[3].source", "/people/0, $.people[0]", "/a~1b/c~0d, $.a/b.c~d"})
  void shouldReportPlacesAsJsonPaths(String pointer, String path) {
    assertThat(DatasetValidator.jsonPath(pointer)).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"'' | empty: no data set was sent", "'   ' | empty: no data set was sent",
      "null | not a data set: a JSON object is expected, not null"})
  void shouldSayWhatIsWrongWithAnEmptyBodyOrOneThatIsNoDataSet(String body, String problem) {
    var result = validator.validate(utf8(body), new StoredGraph(Set.of(), Set.of()));

    assertThat(result.dataset()).isNull();
    assertThat(result.problems()).extracting(p -> p.path() + " " + p.message()).containsExactly("$ " + problem);
  }

  @Test
  void shouldAcceptTiesBetweenEntitiesOfTheFileOrTheGraphEachAssertedByAClaimOfEitherPlace() {
    var result = validator.validate(utf8("""
        {"format": "casegraph-dataset/1",
         "sources": [{"id": "source:registry", "title": "Company registry"}],
         "people": [{"id": "person:ana", "name": "Ana Rivas"}, {"id": "person:luis", "name": "Luis Rivas"}],
         "organisations": [{"id": "org:holding", "name": "Inversiones Caribe", "category": "OTHER"}],
         "ties": [
           {"id": "tie:ana-owns-holding", "kind": "OWNERSHIP", "from": "person:ana", "to": "org:holding",
            "percentage": "51", "since": "2020-01-15", "until": "2023"},
           {"id": "tie:ana-luis", "kind": "FAMILY", "from": "person:ana", "to": "person:luis", "relationship": "brother"},
           {"id": "tie:holding-funds-foro", "kind": "UNKNOWN", "from": "org:holding", "to": "org:foro-penal", "since": "2021"}],
         "claims": [
           {"id": "claim:registry-ownership", "statement": "Ana Rivas owns 51% of Inversiones Caribe.", "claimant": "org:holding",
            "source": "source:registry", "asserts": ["tie:ana-owns-holding", "tie:ana-luis"]}]}
        """), new StoredGraph(Set.of("org:foro-penal"), Set.of("tie:holding-funds-foro")));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset()).isNotNull();
    assertThat(result.dataset().ties()).extracting(Dataset.TieItem::id)
        .containsExactly("tie:ana-owns-holding", "tie:ana-luis", "tie:holding-funds-foro");
    assertThat(result.dataset().counts()).containsEntry("ties", 3);
  }

  @Test
  void shouldReportEveryProblemOfATiesSectionWithItsPath() {
    var result = validator.validate(utf8("""
        {"format": "casegraph-dataset/1",
         "sources": [{"id": "source:registry", "title": "Company registry"}],
         "people": [{"id": "person:ana", "name": "Ana Rivas"}],
         "ties": [
           {"id": "tie:one", "kind": "OWNERSHIP", "from": "person:ana", "to": "person:ana"},
           {"id": "tie:two", "kind": "COUSIN", "from": "person:ana", "to": "source:registry"},
           {"id": "tie:three", "kind": "ASSOCIATE", "from": "person:x", "to": "person:ana", "since": "2021", "until": "2019"},
           {"id": "tie:four", "kind": "FAMILY", "from": "person:ana", "to": "org:foro-penal", "since": "last spring"}],
         "claims": [
           {"id": "claim:c", "statement": "They are associates.", "claimant": "person:ana", "source": "source:registry",
            "asserts": ["tie:one", "tie:two", "tie:three", "tie:nowhere"]}]}
        """), new StoredGraph(Set.of("org:foro-penal"), Set.of()));

    assertThat(result.dataset()).isNull();
    assertThat(result.problems()).extracting(p -> p.path() + ": " + p.message())
        .contains("$.ties[0].to: a tie links two different entities, not 'person:ana' with itself",
            "$.ties[2].from: 'person:x' is neither in this file nor in the graph",
            "$.ties[2].until: until 2019 is before since 2021",
            "$.ties[3]: 'tie:four' is backed by no claim: name it in a claim's event or asserts",
            "$.claims[0].asserts[3]: 'tie:nowhere' is neither in this file nor in the graph")
        .anySatisfy(p -> assertThat(p).startsWith("$.ties[1].kind: "))
        .anySatisfy(p -> assertThat(p).startsWith("$.ties[1].to: "))
        .anySatisfy(p -> assertThat(p).startsWith("$.ties[3].since: "));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The graph as a file meets it: some ids stored, some facts already backed there. */
  private record StoredGraph(Set<String> stored, Set<String> backedThere) implements DatasetValidator.Graph {
    @Override
    public Set<String> existing(Collection<String> ids) {
      var found = new HashSet<>(ids);
      found.retainAll(stored);
      return found;
    }

    @Override
    public Set<String> backed(Collection<String> ids) {
      var found = new HashSet<>(ids);
      found.retainAll(backedThere);
      return found;
    }
  }
}
