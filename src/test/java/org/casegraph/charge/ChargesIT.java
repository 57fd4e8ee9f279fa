package org.casegraph.charge;

import org.casegraph.support.ApiIT;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.junit.jupiter.api.Test;

/** Charges in the article: the offences, how many were charged, and who says so. */
class ChargesIT extends ApiIT {

  @Test
  void shouldSayWhoSaysHundredsWereChargedWithTerrorism() {
    graphQl.documentName("charge").variable("id", "charge:terrorism").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Charge")
        .path("node.id").entity(String.class).isEqualTo("charge:terrorism")
        .path("node.offence").entity(String.class).isEqualTo("terrorism")
        .path("node.defendants").entityList(Object.class).hasSize(0)
        .path("node.defendantCount").entity(Quantity.class).isEqualTo(new Quantity(100, "people", QuantityQualifier.AT_LEAST))
        .path("node.filedOn").entity(String.class).isEqualTo("2024")
        .path("node.claims[*].id").entityList(String.class).containsExactly("claim:hrw-hundreds-charged")
        .path("node.claims[0].claimant.name").entity(String.class).isEqualTo("Human Rights Watch")
        .path("node.claims[0].quote").entity(String.class).isEqualTo(
            "Hundreds have been charged with crimes including terrorism, incitement to hatred and resistance to authority, according to Human Rights Watch.");
  }

  @Test
  void shouldListChargesByOffenceWhateverItsCaseAndAccents() {
    graphQl.documentName("charges").variable("offence", "Terrorísm").execute()
        .path("charges.totalCount").entity(Integer.class).isEqualTo(1)
        .path("charges.edges[*].node.id").entityList(String.class).containsExactly("charge:terrorism");
    graphQl.documentName("charges").variable("offence", "HATRED").execute()
        .path("charges.edges[*].node.offence").entityList(String.class).containsExactly("incitement to hatred");
    graphQl.documentName("charges").variable("offence", "treason").execute()
        .path("charges.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListEveryChargeInIdOrder() {
    graphQl.documentName("charges").execute()
        .path("charges.totalCount").entity(Integer.class).isEqualTo(3)
        .path("charges.edges[*].node.id").entityList(String.class).containsExactly(
            "charge:incitement-to-hatred", "charge:resistance-to-authority", "charge:terrorism");
  }
}
