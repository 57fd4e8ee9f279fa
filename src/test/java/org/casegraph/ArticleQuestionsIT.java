package org.casegraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.casegraph.support.ApiIT;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.junit.jupiter.api.Test;

/** The questions an analyst asks of the article, answered from the graph over HTTP. */
class ArticleQuestionsIT extends ApiIT {

  private static final Quantity HUNDREDS = new Quantity(100, "people", QuantityQualifier.AT_LEAST);

  @Test
  void shouldSayWhoLeadsForoPenalAndWhoSaysSo() {
    graphQl.documentName("whoLeads").variable("organisation", "org:foro-penal").execute()
        .path("node.name").entity(String.class).isEqualTo("Foro Penal")
        .path("node.members[0].title").entity(String.class).isEqualTo("leader")
        .path("node.members[0].person.name").entity(String.class).isEqualTo("Alfredo Romero")
        .path("node.members[0].claims[*].source.id").entityList(String.class)
        .contains("source:article-venezuela-post-election-releases");
  }

  @Test
  void shouldSayHowManyReleasesForoPenalVerifiedAndFromWhichPrisons() {
    var releases = "events.edges[?(@.node.id == '%s')].node";
    graphQl.documentName("releasesVerifiedBy").variable("verifier", "org:foro-penal").execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(3)
        .path(releases.formatted("event:post-election-releases") + ".count").entityList(Quantity.class)
        .containsExactly(new Quantity(107, "people", QuantityQualifier.EXACT))
        .path(releases.formatted("event:post-election-releases") + ".claims[?(@.id == 'claim:romero-verified-107-released')]")
        .entityList(Object.class).hasSize(1)
        .path(releases.formatted("event:post-election-releases")
            + ".claims[?(@.id == 'claim:romero-verified-107-released')].claimant.name")
        .entityList(String.class).containsExactly("Alfredo Romero")
        .path(releases.formatted("event:post-election-releases")
            + ".claims[?(@.id == 'claim:romero-verified-107-released')].quantity")
        .entityList(Quantity.class).containsExactly(new Quantity(107, "people", QuantityQualifier.EXACT))
        .path(releases.formatted("event:release-tocoron") + ".prison.name").entityList(String.class).containsExactly("Tocorón")
        .path(releases.formatted("event:release-tocoron") + ".prison.region").entityList(String.class).containsExactly("Aragua")
        .path(releases.formatted("event:release-tocoron") + ".count").entityList(Quantity.class)
        .containsExactly(new Quantity(50, "people", QuantityQualifier.EXACT))
        .path(releases.formatted("event:release-three-other-prisons") + ".count").entityList(Quantity.class)
        .containsExactly(new Quantity(20, "people", QuantityQualifier.EXACT))
        .path(releases.formatted("event:release-three-other-prisons") + ".claims[*].quantity").entityList(Quantity.class)
        .satisfies(figures -> assertThat(figures).containsExactlyInAnyOrder(new Quantity(20, "people", QuantityQualifier.EXACT),
            new Quantity(3, "prisons", QuantityQualifier.EXACT), new Quantity(4, "prisons", QuantityQualifier.EXACT)))
        .path(releases.formatted("event:release-three-other-prisons") + ".claims[*].claimant.name").entityList(String.class)
        .satisfies(names -> assertThat(names).containsOnly("Alfredo Romero", "Foro Penal"));
  }

  @Test
  void shouldListClaimsThatContradictTheCneResult() {
    var response = graphQl.documentName("claimsContradictingTheCne").execute();
    response.path("claims.edges[*].node.id").entityList(String.class)
        .containsExactly("claim:cne-gonzalez-43-percent", "claim:cne-maduro-52-percent", "claim:cne-maduro-won")
        .path("claims.edges[?(@.node.id == 'claim:cne-maduro-52-percent')].node.quantity").entityList(Quantity.class)
        .containsExactly(new Quantity(52, "percent", QuantityQualifier.EXACT))
        .path("claims.edges[*].node.contradicts[*].claimant.name").entityList(String.class)
        .contains("Venezuelan opposition")
        .path("claims.edges[?(@.node.id == 'claim:cne-maduro-won')].node.contradicts[*].claimant.id").entityList(String.class)
        .satisfies(claimants -> assertThat(claimants)
            .containsExactlyInAnyOrder("org:international-community", "org:venezuelan-opposition", "org:article-publisher"));
    for (var cneClaim : new String[] {"claim:cne-gonzalez-43-percent", "claim:cne-maduro-52-percent", "claim:cne-maduro-won"}) {
      response.path("claims.edges[?(@.node.id == '%s')].node.contradicts[*].id".formatted(cneClaim)).entityList(String.class)
          .contains("claim:opposition-gonzalez-won");
    }
    response.path("contradictions[*].reason").entityList(String.class).hasSize(12)
        .satisfies(reasons -> assertThat(reasons)
            .filteredOn(r -> r.contains("National Electoral Council says") && r.contains("Venezuelan opposition says"))
            .hasSize(3));
    response.path("contradictions[*].claims").entityList(Object.class).satisfies(pairs -> assertThat(pairs).allSatisfy(
        pair -> assertThat((java.util.List<?>) pair).hasSize(2)));
  }

  @Test
  void shouldSayHowManyWereDetainedAccordingToForoPenal() {
    graphQl.documentName("arrests").execute()
        .path("events.edges[*].node.id").entityList(String.class).containsExactly("event:post-election-arrests")
        .path("events.edges[0].node.count").entity(Quantity.class).isEqualTo(new Quantity(1800, "people", QuantityQualifier.MORE_THAN))
        .path("events.edges[0].node.claims[?(@.claimant.id == 'org:foro-penal')].quantity").entityList(Quantity.class)
        .hasSize(2).satisfies(figures -> assertThat(figures).containsOnly(new Quantity(1800, "people", QuantityQualifier.MORE_THAN)))
        .path("events.edges[0].node.claims[?(@.claimant.id == 'org:foro-penal')].quote").entityList(String.class)
        .contains("more than 1,800 people have been detained for protesting July’s election");
  }

  @Test
  void shouldSayWhatHumanRightsWatchSaysWasCharged() {
    var response = graphQl.documentName("chargedAccordingTo").variable("claimant", "org:human-rights-watch").execute();
    response.path("claims.edges[?(@.node.event.kind == 'CHARGING')].node.id").entityList(String.class)
        .containsExactly("claim:hrw-hundreds-charged")
        .path("claims.edges[?(@.node.event.kind == 'CHARGING')].node.quote").entityList(String.class)
        .satisfies(quotes -> assertThat(quotes).singleElement().satisfies(quote -> assertThat(quote).startsWith("Hundreds have been charged")))
        .path("claims.edges[?(@.node.event.kind == 'CHARGING')].node.quantity").entityList(Quantity.class)
        .containsExactly(HUNDREDS)
        .path("charges.edges[?(@.node.claims[0].claimant.id == 'org:human-rights-watch')].node.offence").entityList(String.class)
        .satisfies(offences -> assertThat(offences)
            .containsExactlyInAnyOrder("terrorism", "incitement to hatred", "resistance to authority"))
        .path("charges.edges[*].node.defendantCount").entityList(Quantity.class)
        .satisfies(counts -> assertThat(counts).containsOnly(HUNDREDS));
  }
}
