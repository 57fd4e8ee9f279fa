package org.casegraph.organisation;

import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;

/** Organisations in the article: what kind they are, who belongs to them, what they say. */
class OrganisationsIT extends ApiIT {

  @Test
  void shouldDescribeTheElectoralAuthority() {
    graphQl.documentName("organisation").variable("id", "org:cne").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Organisation")
        .path("node.kind").entity(String.class).isEqualTo("ORGANISATION")
        .path("node.name").entity(String.class).isEqualTo("National Electoral Council")
        .path("node.aliases").entityList(String.class).containsExactly("CNE", "Consejo Nacional Electoral")
        .path("node.category").entity(String.class).isEqualTo("ELECTORAL_AUTHORITY")
        .path("node.country").entity(String.class).isEqualTo("VE")
        .path("node.members").entityList(Object.class).hasSize(0)
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(4)
        .path("node.claimsMade.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:cne-gonzalez-43-percent", "claim:cne-maduro-52-percent", "claim:cne-maduro-won",
            "claim:cne-voting-records-corrupted");
  }

  @Test
  void shouldSayWhoLeadsForoPenalAndWhatForoPenalSays() {
    graphQl.documentName("organisation").variable("id", "org:foro-penal").execute()
        .path("node.category").entity(String.class).isEqualTo("NGO")
        .path("node.members[*].id").entityList(String.class).containsExactly("role:alfredo-romero-leads-foro-penal")
        .path("node.members[0].title").entity(String.class).isEqualTo("leader")
        .path("node.members[0].person.name").entity(String.class).isEqualTo("Alfredo Romero")
        .path("node.members[0].organisation.id").entity(String.class).isEqualTo("org:foro-penal")
        .path("node.members[0].claims[*].id").entityList(String.class).containsExactly("claim:romero-leads-foro-penal")
        .path("node.claimsMade.totalCount").entity(Integer.class).isEqualTo(4)
        .path("node.claimsMade.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:foro-penal-four-prisons", "claim:foro-penal-more-than-100-released",
            "claim:foro-penal-more-than-1800-detained", "claim:group-more-than-1800-arrested")
        .path("node.claimsAbout.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:foro-penal-is-local-ngo", "claim:romero-leads-foro-penal", "claim:romero-of-foro-penal",
            "claim:romero-verified-107-released");
  }

  @Test
  void shouldLeaveOutWhatASourceDoesNotSay() {
    graphQl.documentName("organisation").variable("id", "org:human-rights-watch").execute()
        .path("node.aliases").entityList(String.class).containsExactly("HRW")
        .path("node.country").valueIsNull()
        .path("node.claimsAbout.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListOrganisationsByCategory() {
    graphQl.documentName("organisations").variable("category", "NGO").execute()
        .path("organisations.totalCount").entity(Integer.class).isEqualTo(2)
        .path("organisations.edges[*].node.id").entityList(String.class)
        .containsExactly("org:foro-penal", "org:human-rights-watch");
    graphQl.documentName("organisations").variable("category", "STATE").execute()
        .path("organisations.edges[*].node.id").entityList(String.class).containsExactly("org:spain", "org:venezuela");
    graphQl.documentName("organisations").variable("category", "COURT").execute()
        .path("organisations.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListOrganisationsByCountryAndCategoryTogether() {
    graphQl.documentName("organisations").variable("category", "STATE").variable("country", "ES").execute()
        .path("organisations.edges[*].node.id").entityList(String.class).containsExactly("org:spain");
  }

  @Test
  void shouldListEveryOrganisation() {
    graphQl.documentName("organisations").execute()
        .path("organisations.totalCount").entity(Integer.class).isEqualTo(9)
        .path("organisations.edges[*].node.id").entityList(String.class).hasSize(9)
        .contains("org:article-publisher", "org:cne", "org:international-community");
  }
}
