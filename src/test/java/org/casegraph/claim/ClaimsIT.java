package org.casegraph.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casegraph.support.ApiIT;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/** Claims: who says what, in which source, about whom, and which claims agree or disagree. */
class ClaimsIT extends ApiIT {

  private static final String ARTICLE_SOURCE = "source:article-venezuela-post-election-releases";

  record ClaimLinks(String id, List<Ref> contradicts, List<Ref> supports) {}

  record Ref(String id) {}

  @Test
  void shouldSayWhoClaimsForoPenalVerified107ReleasesAndWhere() {
    graphQl.documentName("claim").variable("id", "claim:romero-verified-107-released").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Claim")
        .path("node.statement").entity(String.class).isEqualTo(
            "Foro Penal has verified, so far, the release in Venezuela of 107 political prisoners detained over the post-election situation.")
        .path("node.quote").entity(String.class).isEqualTo(
            "Up to now, we have verified 107 political prisoners, due to the post-electoral situation, released in Venezuela")
        .path("node.claimant.__typename").entity(String.class).isEqualTo("Person")
        .path("node.claimant.id").entity(String.class).isEqualTo("person:alfredo-romero")
        .path("node.source.id").entity(String.class).isEqualTo(ARTICLE_SOURCE)
        .path("node.source.publishedOn").entity(String.class).isEqualTo("2024-11-16")
        .path("node.claimedOn").valueIsNull()
        .path("node.subjects[*].id").entityList(String.class).containsExactly("org:foro-penal", "org:venezuela")
        .path("node.subjects[0].__typename").entity(String.class).isEqualTo("Organisation")
        .path("node.event.id").entity(String.class).isEqualTo("event:post-election-releases")
        .path("node.event.kind").entity(String.class).isEqualTo("RELEASE")
        .path("node.quantity").entity(Quantity.class).isEqualTo(new Quantity(107, "people", QuantityQualifier.EXACT))
        .path("node.supports[*].id").entityList(String.class)
        .containsExactly("claim:foro-penal-more-than-100-released", "claim:headline-more-than-100-freed")
        .path("node.contradicts").entityList(Object.class).hasSize(0);
  }

  @Test
  void shouldGiveTheDateAClaimWasMadeAndLeaveOutWhatItDoesNotHave() {
    graphQl.documentName("claim").variable("id", "claim:social-media-videos-releases-cheered").execute()
        .path("node.claimant.id").entity(String.class).isEqualTo("org:article-publisher")
        .path("node.claimedOn").entity(String.class).isEqualTo("2024-11-16")
        .path("node.subjects").entityList(Object.class).hasSize(0)
        .path("node.quantity").valueIsNull()
        .path("node.supports[*].id").entityList(String.class).containsExactly("claim:video-released-hugging-loved-ones");
    graphQl.documentName("claim").variable("id", "claim:romero-50-released-tocoron").execute()
        .path("node.subjects[0].__typename").entity(String.class).isEqualTo("Prison")
        .path("node.subjects[0].name").entity(String.class).isEqualTo("Tocorón");
  }

  @Test
  void shouldShowAContradictionFromBothSides() {
    graphQl.documentName("claim").variable("id", "claim:opposition-gonzalez-won").execute()
        .path("node.claimant.name").entity(String.class).isEqualTo("Venezuelan opposition")
        .path("node.contradicts[*].id").entityList(String.class).containsExactly(
            "claim:cne-gonzalez-43-percent", "claim:cne-maduro-52-percent", "claim:cne-maduro-won",
            "claim:maduro-reelected", "claim:maduro-says-he-won");
    graphQl.documentName("claim").variable("id", "claim:cne-maduro-won").execute()
        .path("node.contradicts[*].id").entityList(String.class).containsExactly(
            "claim:international-community-rejects-maduro-victory", "claim:opposition-gonzalez-won",
            "claim:tallies-suggest-gonzalez-won");
  }

  @Test
  void shouldRecordEveryContradictionSymmetricallyAndEverySupportOneWay() {
    var claims = graphQl.documentName("claimsContradicting").execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(40)
        .path("claims.edges[*].node").entityList(new ParameterizedTypeReference<ClaimLinks>() {}).hasSize(40).get();
    var contradicts = links(claims, ClaimLinks::contradicts);
    var supports = links(claims, ClaimLinks::supports);
    assertThat(contradicts.values().stream().mapToInt(Set::size).sum()).isEqualTo(24);
    contradicts.forEach((id, others) -> assertThat(others)
        .allSatisfy(other -> assertThat(contradicts.get(other)).as("%s contradicts %s", other, id).contains(id)));
    assertThat(supports.get("claim:romero-verified-107-released")).contains("claim:headline-more-than-100-freed");
    assertThat(supports.get("claim:headline-more-than-100-freed")).isEmpty();
  }

  @Test
  void shouldListTheClaimsOfAClaimant() {
    graphQl.documentName("claims").variable("claimant", "org:human-rights-watch").execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(2)
        .path("claims.edges[*].node.id").entityList(String.class).containsExactly("claim:hrw-24-killed", "claim:hrw-hundreds-charged");
  }

  @Test
  void shouldListTheClaimsAboutAnEntity() {
    graphQl.documentName("claims").variable("subject", "prison:tocoron").execute()
        .path("claims.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:foro-penal-four-prisons", "claim:romero-50-released-tocoron", "claim:romero-three-other-prisons");
  }

  @Test
  void shouldListTheClaimsOfASource() {
    graphQl.documentName("claims").variable("source", ARTICLE_SOURCE).execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(40);
    graphQl.documentName("claims").variable("source", "source:some-other-article").execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListTheClaimsThatReportAnEvent() {
    graphQl.documentName("claims").variable("event", "event:post-election-arrests").execute()
        .path("claims.edges[*].node.id").entityList(String.class)
        .containsExactly("claim:foro-penal-more-than-1800-detained", "claim:group-more-than-1800-arrested");
  }

  @Test
  void shouldListClaimsMadeWithinADateRange() {
    graphQl.documentName("claims").variable("to", "2024-11-15").execute()
        .path("claims.edges[*].node.id").entityList(String.class).containsExactly("claim:attorney-general-review-200-cases")
        .path("claims.edges[0].node.claimedOn").entity(String.class).isEqualTo("2024-11-15");
    graphQl.documentName("claims").variable("from", "2024-11-16").variable("first", 100).execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(25)
        .path("claims.edges[*].node.claimedOn").entityList(String.class).hasSize(25).satisfies(dates -> assertThat(dates).containsOnly("2024-11-16"));
    graphQl.documentName("claims").variable("from", "2024-11").variable("to", "2024-11").execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(26);
    graphQl.documentName("claims").variable("from", "2024-12").execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldListContestedAndUncontestedClaimsApart() {
    graphQl.documentName("claims").variable("contested", true).variable("first", 100).execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(8)
        .path("claims.edges[*].node.id").entityList(String.class).containsExactly(
            "claim:cne-gonzalez-43-percent", "claim:cne-maduro-52-percent", "claim:cne-maduro-won",
            "claim:international-community-rejects-maduro-victory", "claim:maduro-reelected", "claim:maduro-says-he-won",
            "claim:opposition-gonzalez-won", "claim:tallies-suggest-gonzalez-won");
    graphQl.documentName("claims").variable("contested", false).variable("first", 100).execute()
        .path("claims.totalCount").entity(Integer.class).isEqualTo(32)
        .path("claims.edges[*].node.id").entityList(String.class).doesNotContain("claim:cne-maduro-won");
  }

  @Test
  void shouldCombineClaimFiltersWithAnd() {
    graphQl.documentName("claims").variable("claimant", "org:cne").variable("contested", true).execute()
        .path("claims.edges[*].node.id").entityList(String.class)
        .containsExactly("claim:cne-gonzalez-43-percent", "claim:cne-maduro-52-percent", "claim:cne-maduro-won");
    graphQl.documentName("claims").variable("subject", "person:nicolas-maduro").variable("event", "event:maduro-claims-victory")
        .execute()
        .path("claims.edges[*].node.id").entityList(String.class)
        .containsExactly("claim:maduro-claimed-victory", "claim:maduro-says-he-won");
  }

  private static Map<String, Set<String>> links(List<ClaimLinks> claims, java.util.function.Function<ClaimLinks, List<Ref>> field) {
    var result = new HashMap<String, Set<String>>();
    claims.forEach(c -> result.put(c.id(), field.apply(c).stream().map(Ref::id).collect(Collectors.toSet())));
    return result;
  }
}
