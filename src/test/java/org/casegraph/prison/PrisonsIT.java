package org.casegraph.prison;

import org.casegraph.support.ApiIT;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.junit.jupiter.api.Test;

/** Prisons in the article: where they are and what happened there. */
class PrisonsIT extends ApiIT {

  @Test
  void shouldSayWhereTocoronIsAndWhatHappenedThere() {
    graphQl.documentName("prison").variable("id", "prison:tocoron").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Prison")
        .path("node.kind").entity(String.class).isEqualTo("PRISON")
        .path("node.name").entity(String.class).isEqualTo("Tocorón")
        .path("node.aliases").entityList(String.class).containsExactly("Tocoron", "Tocorón prison")
        .path("node.region").entity(String.class).isEqualTo("Aragua")
        .path("node.country").entity(String.class).isEqualTo("VE")
        .path("node.detentions").entityList(Object.class).hasSize(0)
        .path("node.events[*].id").entityList(String.class).containsExactly("event:release-tocoron")
        .path("node.events[0].kind").entity(String.class).isEqualTo("RELEASE")
        .path("node.events[0].date").entity(String.class).isEqualTo("2024-11-16")
        .path("node.events[0].prison.id").entity(String.class).isEqualTo("prison:tocoron")
        .path("node.events[0].count").entity(Quantity.class).isEqualTo(new Quantity(50, "people", QuantityQualifier.EXACT))
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(0)
        .path("node.claimsAbout.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:foro-penal-four-prisons", "claim:romero-50-released-tocoron", "claim:romero-three-other-prisons");
  }

  @Test
  void shouldListPrisonsByRegion() {
    graphQl.documentName("prisons").variable("region", "Aragua").execute()
        .path("prisons.totalCount").entity(Integer.class).isEqualTo(1)
        .path("prisons.edges[*].node.id").entityList(String.class).containsExactly("prison:tocoron")
        .path("prisons.edges[0].node.region").entity(String.class).isEqualTo("Aragua");
    graphQl.documentName("prisons").variable("region", "  ARAGUA ").execute()
        .path("prisons.edges[*].node.id").entityList(String.class).containsExactly("prison:tocoron");
    graphQl.documentName("prisons").variable("region", "Carabobo").execute()
        .path("prisons.totalCount").entity(Integer.class).isEqualTo(0)
        .path("prisons.edges").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldListPrisonsByCountry() {
    graphQl.documentName("prisons").variable("country", "VE").execute()
        .path("prisons.edges[*].node.id").entityList(String.class).containsExactly("prison:tocoron");
    graphQl.documentName("prisons").variable("country", "ve").execute()
        .path("prisons.edges[*].node.id").entityList(String.class).containsExactly("prison:tocoron");
    graphQl.documentName("prisons").variable("country", "ES").execute()
        .path("prisons.totalCount").entity(Integer.class).isEqualTo(0);
  }
}
