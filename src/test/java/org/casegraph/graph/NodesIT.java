package org.casegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Any node by its stable id, one at a time or several at once. */
class NodesIT extends ApiIT {

  @ParameterizedTest
  @CsvSource({
      "person:alfredo-romero, Person",
      "org:foro-penal, Organisation",
      "prison:tocoron, Prison",
      "event:release-tocoron, Event",
      "charge:terrorism, Charge",
      "claim:romero-verified-107-released, Claim",
      "source:article-venezuela-post-election-releases, Source",
      "role:alfredo-romero-leads-foro-penal, Role"
  })
  void shouldFindANodeOfEveryKindById(String id, String type) {
    graphQl.documentName("nodeKind").variable("id", id).execute()
        .path("node.__typename").entity(String.class).isEqualTo(type)
        .path("node.id").entity(String.class).isEqualTo(id);
  }

  @Test
  void shouldFindSeveralNodesInTheOrderAskedWithNullForAnUnknownId() {
    graphQl.documentName("nodes")
        .variable("ids", List.of("prison:tocoron", "person:nobody", "claim:cne-maduro-won", "person:nicolas-maduro"))
        .execute()
        .path("nodes[*].__typename").entityList(String.class).containsExactly("Prison", "Claim", "Person")
        .path("nodes[0].id").entity(String.class).isEqualTo("prison:tocoron")
        .path("nodes[1]").valueIsNull()
        .path("nodes[2].id").entity(String.class).isEqualTo("claim:cne-maduro-won")
        .path("nodes[3].id").entity(String.class).isEqualTo("person:nicolas-maduro");
  }

  @Test
  void shouldAnswerTheSameIdAskedTwice() {
    graphQl.documentName("nodes").variable("ids", List.of("org:cne", "org:cne")).execute()
        .path("nodes[*].id").entityList(String.class).containsExactly("org:cne", "org:cne");
  }

  /**
   * Every node of the article's graph, and a detention and a tie (which it has none of) with every
   * property set, written in a transaction that is rolled back.
   */
  @Test
  void shouldReadEveryStoredNodeProjectedAsItsRecordReadsItWhole() {
    var kinds = new java.util.TreeSet<String>();
    try (var session = driver.session(); var tx = session.beginTransaction()) {
      tx.run("""
          CREATE (:Node:Detention {id: 'detention:projected', person: 'person:alfredo-romero', prison: 'prison:tocoron',
            since: '2024-08', until: '2024-11-16'})
          CREATE (:Node:Tie {id: 'tie:projected', kind: 'FAMILY', from: 'person:alfredo-romero', to: 'org:foro-penal',
            relationship: 'brother', percentage: '10', since: '2020', until: '2024-11'})
          """).consume();
      var rows = tx.run("MATCH (x:Node) RETURN x, %s AS projected ORDER BY x.id".formatted(Nodes.projection("x"))).list();
      assertThat(rows).hasSizeGreaterThan(50);
      for (var row : rows) {
        var whole = Nodes.map(row.get("x").asNode());
        assertThat(Nodes.projected(row.get("projected"))).as(whole.id()).isEqualTo(whole);
        kinds.add(whole.getClass().getSimpleName());
      }
      tx.rollback();
    }
    assertThat(kinds).containsExactlyInAnyOrder("Person", "Organisation", "Prison", "Claim", "Event", "Charge", "Detention",
        "Role", "Tie", "Source");
  }
}
