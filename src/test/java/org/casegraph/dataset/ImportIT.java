package org.casegraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Importing data sets: a good file, a bad one and what it reports, the same file twice. */
class ImportIT extends ApiIT {

  private static final String GRAPH_SIZE = "MATCH (n) RETURN count(n) * 1000000 + COUNT { ()-[]->() }";

  @AfterEach
  void restoreTheArticleOnly() {
    TestDatabase.clear();
  }

  @Test
  void shouldAddASecondArticleBesideTheFirstWithItsContradiction() throws Exception {
    var report = importer.importContent(file("second-article-tocoron.json"));

    assertThat(report.nodesCreated()).isEqualTo(6);
    graphQl.document("""
        { node(id: "prison:tocoron") { ... on Prison {
            events { id count { value qualifier } }
            detentions { person { name } since until claims { source { title } } }
            claimsAbout(first: 10) { totalCount edges { node { id contradicts { id claimant { name } } } } } } } }
        """).execute()
        .path("node.events[*].id").entityList(String.class)
        .contains("event:release-tocoron", "event:test-release-tocoron-second-count")
        .path("node.detentions[0].person.name").entity(String.class).isEqualTo("María Pérez")
        .path("node.detentions[0].since").entity(String.class).isEqualTo("2024-08")
        .path("node.detentions[0].claims[0].source.title").entity(String.class).isEqualTo("A second report on the Tocorón releases")
        .path("node.claimsAbout.edges[?(@.node.id == 'claim:test-about-45-released-tocoron')].node.contradicts[*].id")
        .entityList(String.class).containsExactly("claim:romero-50-released-tocoron");
  }

  @Test
  void shouldChangeNothingWhenTheSameFileIsImportedTwice() throws Exception {
    var first = importer.importContent(file("second-article-tocoron.json"));
    var size = TestDatabase.count(GRAPH_SIZE);
    var properties = TestDatabase.count("MATCH (n) RETURN sum(size(keys(n)))");

    var second = importer.importContent(file("second-article-tocoron.json"));

    assertThat(first.changedNothing()).isFalse();
    assertThat(second.changedNothing()).as("second import: %s", second).isTrue();
    assertThat(TestDatabase.count(GRAPH_SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count("MATCH (n) RETURN sum(size(keys(n)))")).isEqualTo(properties);
  }

  @Test
  void shouldReportEveryProblemOfABadFileWithItsPathAndWriteNothing() throws Exception {
    var size = TestDatabase.count(GRAPH_SIZE);

    assertThatThrownBy(() -> importer.importContent(file("broken.json")))
        .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
            .extracting(Problem::path)
            .contains("$.sources[0].publishedOn", "$.people[1].id", "$.events[0]", "$.claims[0].claimant",
                "$.claims[1].subjects[0]"));
    assertThat(TestDatabase.count(GRAPH_SIZE)).isEqualTo(size);
    assertThat(TestDatabase.count("MATCH (n:Node) WHERE n.id STARTS WITH 'source:test-broken' RETURN count(n)")).isZero();
  }

  @Test
  void shouldReportWhereAFileBreaksTheSchema() throws Exception {
    assertThatThrownBy(() -> importer.importContent(file("not-the-schema.json")))
        .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
          var paths = e.problems().stream().map(Problem::path).toList();
          assertThat(paths).contains("$.people[0]", "$.people[0].aliases", "$.claims[0]", "$.claims[0].quantity.qualifier");
          assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("comments"));
        });
  }

  @Test
  void shouldRefuseAFileThatIsNotJsonAndSayWhere() {
    assertThatThrownBy(() -> importer.importContent("{\"format\": \"casegraph-dataset/1\",\n \"people\": [ }".getBytes()))
        .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
            .singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON at line 2")));
  }

  private static byte[] file(String name) throws Exception {
    return new ClassPathResource("datasets/" + name).getContentAsByteArray();
  }

}
