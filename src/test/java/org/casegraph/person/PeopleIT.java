package org.casegraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;

/** People in the article: who they are, the roles they hold, what they say and what is said about them. */
class PeopleIT extends ApiIT {

  record Ref(String id) {}

  record ClaimAbout(String id, List<Ref> subjects) {}

  @Test
  void shouldDescribeNicolasMaduroWithHisAliasesAndRole() {
    graphQl.documentName("person").variable("id", "person:nicolas-maduro").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Person")
        .path("node.id").entity(String.class).isEqualTo("person:nicolas-maduro")
        .path("node.kind").entity(String.class).isEqualTo("PERSON")
        .path("node.name").entity(String.class).isEqualTo("Nicolás Maduro")
        .path("node.aliases").entityList(String.class).containsExactly("Nicolas Maduro", "Maduro")
        .path("node.description").entity(String.class).satisfies(d -> assertThat(d).contains("President of Venezuela"))
        .path("node.nationality").entity(String.class).isEqualTo("VE")
        .path("node.birthDate").valueIsNull()
        .path("node.roles[*].id").entityList(String.class).containsExactly("role:nicolas-maduro-president-venezuela")
        .path("node.roles[0].title").entity(String.class).isEqualTo("President")
        .path("node.roles[0].since").valueIsNull()
        .path("node.roles[0].until").valueIsNull()
        .path("node.roles[0].person.id").entity(String.class).isEqualTo("person:nicolas-maduro")
        .path("node.roles[0].organisation.id").entity(String.class).isEqualTo("org:venezuela")
        .path("node.roles[0].organisation.category").entity(String.class).isEqualTo("STATE")
        .path("node.roles[0].claims[*].id").entityList(String.class)
        .containsExactly("claim:electoral-authorities-loyal-to-maduro", "claim:maduro-is-president");
  }

  @Test
  void shouldListWhatMaduroClaimsAndWhatIsClaimedAboutHim() {
    graphQl.documentName("person").variable("id", "person:nicolas-maduro").execute()
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(1)
        .path("node.claimsMade.edges[*].node.id").entityList(String.class).containsExactly("claim:maduro-says-he-won")
        .path("node.claimsMade.edges[*].node.claimant.id").entityList(String.class).satisfies(ids -> assertThat(ids).containsOnly("person:nicolas-maduro"))
        .path("node.claimsAbout.totalCount").entity(Integer.class).isEqualTo(17)
        .path("node.claimsAbout.edges[*].node.id").entityList(String.class).hasSize(17)
        .contains("claim:cne-maduro-won", "claim:opposition-gonzalez-won", "claim:maduro-age-61")
        .doesNotContain("claim:hrw-hundreds-charged")
        .path("node.claimsAbout.edges[*].node").entityList(ClaimAbout.class)
        .satisfies(claims -> assertThat(claims).allSatisfy(claim -> assertThat(claim.subjects()).contains(new Ref("person:nicolas-maduro"))));
  }

  @Test
  void shouldListWhatAlfredoRomeroSaysForForoPenal() {
    graphQl.documentName("person").variable("id", "person:alfredo-romero").execute()
        .path("node.aliases").entityList(String.class).hasSize(0)
        .path("node.nationality").valueIsNull()
        .path("node.roles[*].organisation.id").entityList(String.class).containsExactly("org:foro-penal")
        .path("node.roles[0].title").entity(String.class).isEqualTo("leader")
        .path("node.charges").entityList(Object.class).hasSize(0)
        .path("node.detentions").entityList(Object.class).hasSize(0)
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(4)
        .path("node.claimsMade.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:romero-20-released-three-other-prisons", "claim:romero-50-released-tocoron",
            "claim:romero-three-other-prisons", "claim:romero-verified-107-released");
  }

  @Test
  void shouldFindNicolasMaduroByANameTypedWithoutAccents() {
    graphQl.documentName("people").variable("name", "nicolas").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(1)
        .path("people.edges[*].node.name").entityList(String.class).containsExactly("Nicolás Maduro");
    graphQl.documentName("people").variable("name", "GONZÁLEZ").execute()
        .path("people.edges[*].node.id").entityList(String.class).containsExactly("person:edmundo-gonzalez");
  }

  @Test
  void shouldFindNobodyByANameNoOneHas() {
    graphQl.documentName("people").variable("name", "capriles").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(0)
        .path("people.edges").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldListThePeopleOfAnOrganisation() {
    graphQl.documentName("people").variable("organisation", "org:foro-penal").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(1)
        .path("people.edges[*].node.id").entityList(String.class).containsExactly("person:alfredo-romero");
    graphQl.documentName("people").variable("organisation", "org:venezuelan-opposition").execute()
        .path("people.edges[*].node.id").entityList(String.class).containsExactly("person:edmundo-gonzalez");
  }

  @Test
  void shouldCombineFiltersWithAnd() {
    graphQl.documentName("people").variable("organisation", "org:foro-penal").variable("name", "maduro").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListEveryoneInIdOrderWithoutFilters() {
    graphQl.documentName("people").execute()
        .path("people.totalCount").entity(Integer.class).isEqualTo(3)
        .path("people.edges[*].node.id").entityList(String.class)
        .containsExactly("person:alfredo-romero", "person:edmundo-gonzalez", "person:nicolas-maduro");
  }
}
