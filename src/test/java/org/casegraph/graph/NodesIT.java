package org.casegraph.graph;

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
}
