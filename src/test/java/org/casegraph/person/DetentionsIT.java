package org.casegraph.person;

import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Named detainees, their detentions and charges. The article names no detainee, so these tests add a
 * small invented data set beside it (ids with {@code fixture}) and remove it afterwards.
 */
class DetentionsIT extends ApiIT {

  private static final String FIXTURE = "datasets/fixture-named-detainee.json";

  @BeforeEach
  void loadFixture() throws Exception {
    importer.importContent(new ClassPathResource(FIXTURE).getContentAsByteArray());
  }

  @AfterAll
  static void removeFixture() {
    try (var driver = TestDatabase.driver()) {
      driver.executableQuery("MATCH (n:Node) WHERE n.id CONTAINS ':fixture-' DETACH DELETE n").execute();
    }
  }

  @Test
  void shouldSayWhereAPersonWasHeldWhenOnWhatChargesAndWhoSaysSo() {
    graphQl.documentName("detainee").variable("id", "person:fixture-detainee").execute()
        .path("node.charges[*].id").entityList(String.class).containsExactly("charge:fixture-detainee-terrorism")
        .path("node.charges[0].defendants[*].id").entityList(String.class).containsExactly("person:fixture-detainee")
        .path("node.detentions[*].id").entityList(String.class).containsExactly("detention:fixture-detainee-fixture-prison")
        .path("node.detentions[0].since").entity(String.class).isEqualTo("2024-08")
        .path("node.detentions[0].until").entity(String.class).isEqualTo("2024-11-16")
        .path("node.detentions[0].person.id").entity(String.class).isEqualTo("person:fixture-detainee")
        .path("node.detentions[0].prison.name").entity(String.class).isEqualTo("Fixture Prison")
        .path("node.detentions[0].charges[*].offence").entityList(String.class).containsExactly("Terrorism")
        .path("node.detentions[0].claims[*].id").entityList(String.class).containsExactly("claim:fixture-detainee-held-and-charged")
        .path("node.detentions[0].claims[0].claimant.id").entity(String.class).isEqualTo("org:fixture-monitor");
  }

  @Test
  void shouldListWhoWasHeldInAPrison() {
    graphQl.documentName("prisonDetentions").variable("id", "prison:fixture-prison").execute()
        .path("node.detentions[*].id").entityList(String.class).containsExactly("detention:fixture-detainee-fixture-prison")
        .path("node.detentions[0].person.id").entity(String.class).isEqualTo("person:fixture-detainee");
    graphQl.documentName("people").variable("prison", "prison:fixture-prison").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(1)
        .path("people.edges[*].node.id").entityList(String.class).containsExactly("person:fixture-detainee");
    graphQl.documentName("people").variable("prison", "prison:tocoron").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldFindPeopleChargedWithAnOffenceWhateverItsCase() {
    graphQl.documentName("people").variable("offence", "terrorism").execute()
        .path("people.edges[*].node.id").entityList(String.class).containsExactly("person:fixture-detainee");
    graphQl.documentName("people").variable("offence", "TERROR").execute()
        .path("people.edges[*].node.id").entityList(String.class).containsExactly("person:fixture-detainee");
    graphQl.documentName("people").variable("offence", "incitement to hatred").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListTheChargesAgainstAPerson() {
    graphQl.documentName("charges").variable("defendant", "person:fixture-detainee").execute()
        .path("charges.totalCount").entity(Integer.class).isEqualTo(1)
        .path("charges.edges[*].node.id").entityList(String.class).containsExactly("charge:fixture-detainee-terrorism");
    graphQl.documentName("charges").variable("defendant", "person:nicolas-maduro").execute()
        .path("charges.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldFindADetentionById() {
    graphQl.documentName("nodeKind").variable("id", "detention:fixture-detainee-fixture-prison").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Detention");
  }
}
