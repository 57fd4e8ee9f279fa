package org.casegraph.event;

import java.util.List;
import org.casegraph.support.ApiIT;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.junit.jupiter.api.Test;

/** Events in the article: what happened, when, where, who took part and who reports it. */
class EventsIT extends ApiIT {

  @Test
  void shouldSayWhatHappenedAtTocoronAndWhoReportsIt() {
    graphQl.documentName("event").variable("id", "event:release-tocoron").execute()
        .path("node.__typename").entity(String.class).isEqualTo("Event")
        .path("node.kind").entity(String.class).isEqualTo("RELEASE")
        .path("node.title").entity(String.class).isEqualTo("Release of 50 people from Tocorón prison")
        .path("node.date").entity(String.class).isEqualTo("2024-11-16")
        .path("node.prison.id").entity(String.class).isEqualTo("prison:tocoron")
        .path("node.prison.region").entity(String.class).isEqualTo("Aragua")
        .path("node.count").entity(Quantity.class).isEqualTo(new Quantity(50, "people", QuantityQualifier.EXACT))
        .path("node.participants[*].entity.id").entityList(String.class).containsExactly("org:foro-penal", "org:venezuela")
        .path("node.participants[*].role").entityList(String.class).containsExactly("verifier", "releasing authority")
        .path("node.participants[0].entity.__typename").entity(String.class).isEqualTo("Organisation")
        .path("node.participants[0].entity.kind").entity(String.class).isEqualTo("ORGANISATION")
        .path("node.claims[*].id").entityList(String.class)
        .containsExactly("claim:foro-penal-four-prisons", "claim:romero-50-released-tocoron")
        .path("node.claims[*].claimant.id").entityList(String.class).containsExactly("org:foro-penal", "person:alfredo-romero");
  }

  @Test
  void shouldSayWhoStoodInTheElectionAndWhoReportsIt() {
    graphQl.documentName("event").variable("id", "event:presidential-election-2024").execute()
        .path("node.kind").entity(String.class).isEqualTo("ELECTION")
        .path("node.date").entity(String.class).isEqualTo("2024-07-28")
        .path("node.prison").valueIsNull()
        .path("node.count").valueIsNull()
        .path("node.participants[*].entity.id").entityList(String.class).containsExactly(
            "org:cne", "org:venezuelan-opposition", "person:edmundo-gonzalez", "person:nicolas-maduro")
        .path("node.participants[?(@.entity.id == 'person:nicolas-maduro')].role").entityList(String.class).containsExactly("candidate")
        .path("node.participants[?(@.entity.id == 'person:nicolas-maduro')].entity.__typename").entityList(String.class)
        .containsExactly("Person")
        .path("node.claims[*].id").entityList(String.class).hasSize(12)
        .contains("claim:cne-maduro-52-percent", "claim:opposition-gonzalez-won", "claim:international-community-rejects-maduro-victory");
  }

  @Test
  void shouldListEventsOfSomeKinds() {
    graphQl.documentName("events").variable("kinds", List.of("RELEASE")).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(3)
        .path("events.edges[*].node.id").entityList(String.class).containsExactly(
            "event:post-election-releases", "event:release-three-other-prisons", "event:release-tocoron");
    graphQl.documentName("events").variable("kinds", List.of("ELECTION", "ASYLUM")).execute()
        .path("events.edges[*].node.id").entityList(String.class)
        .containsExactly("event:gonzalez-asylum-spain", "event:presidential-election-2024");
  }

  @Test
  void shouldListEventsAtAPrison() {
    graphQl.documentName("events").variable("prison", "prison:tocoron").execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(1)
        .path("events.edges[*].node.id").entityList(String.class).containsExactly("event:release-tocoron");
  }

  @Test
  void shouldListTheEventsSomeoneTookPartIn() {
    graphQl.documentName("events").variable("participant", "person:edmundo-gonzalez").execute()
        .path("events.edges[*].node.id").entityList(String.class)
        .containsExactly("event:gonzalez-asylum-spain", "event:presidential-election-2024");
    graphQl.documentName("events").variable("participant", "org:foro-penal").variable("kinds", List.of("RELEASE")).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(3);
    graphQl.documentName("events").variable("participant", "org:human-rights-watch").execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void shouldKeepTheNovemberReleasesAndLeaveOutTheJulyElection() {
    graphQl.documentName("events").variable("from", "2024-11").variable("to", "2024-11").variable("first", 100).execute()
        .path("events.edges[*].node.id").entityList(String.class)
        .contains("event:post-election-releases", "event:release-tocoron", "event:release-three-other-prisons",
            "event:attorney-general-case-review")
        .doesNotContain("event:presidential-election-2024", "event:gonzalez-asylum-spain", "event:maduro-third-term-inauguration");
  }

  @Test
  void shouldKeepAnEventDatedOnlyByItsYearWhenAnyOfItsDaysIsInRange() {
    graphQl.documentName("events").variable("from", "2024-11").variable("to", "2024-11").variable("first", 100).execute()
        .path("events.edges[*].node.id").entityList(String.class).contains("event:post-election-arrests");
    graphQl.documentName("events").variable("from", "2025").variable("first", 100).execute()
        .path("events.edges[*].node.id").entityList(String.class).containsExactly("event:maduro-third-term-inauguration");
  }

  @Test
  void shouldCompareDaysWithinAMonthRange() {
    graphQl.documentName("events").variable("kinds", List.of("RELEASE", "CASE_REVIEW", "ELECTION"))
        .variable("from", "2024-11-16").variable("to", "2024-11-16").execute()
        .path("events.edges[*].node.id").entityList(String.class).containsExactly(
            "event:post-election-releases", "event:release-three-other-prisons", "event:release-tocoron");
    graphQl.documentName("events").variable("to", "2024-07-28").variable("kinds", List.of("ELECTION", "ASYLUM", "RELEASE")).execute()
        .path("events.edges[*].node.id").entityList(String.class).containsExactly("event:presidential-election-2024");
  }
}
