package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No N+1: a query costs a round trip to Neo4j per level of relationship fields (and kind of link), the
 * same for a few parents as for many, every time it is asked.
 */
class RoundTripsIT extends ApiIT {

  /** Levels of fields in claimsInDepth.graphql, from claims down to participants.entity.claimsMade.edges.node.id. */
  private static final int CLAIMS_IN_DEPTH_LEVELS = 10;

  /** Levels of fields in organisationsInDepth.graphql, from organisations down to event.prison.name. */
  private static final int ORGANISATIONS_IN_DEPTH_LEVELS = 11;

  /** A batch split by a race shows only now and then, so each query is measured several times. */
  private static final int TIMES = 5;

  @Test
  void shouldCostTheSameRoundTripsForFortyClaimsAsForTwo() {
    var forTwo = roundTripsOf("claimsInDepth", 2);
    var forForty = roundTripsOf("claimsInDepth", 40);
    System.out.printf("claimsInDepth: round trips %s for 2 claims, %s for 40%n", forTwo, forForty);
    assertThat(forTwo).hasSize(1);
    assertThat(forForty).isEqualTo(forTwo);
    assertThat(forForty.iterator().next()).isLessThanOrEqualTo(CLAIMS_IN_DEPTH_LEVELS + 2L);
  }

  @Test
  void shouldCostTheSameRoundTripsForNineOrganisationsAsForFour() {
    // The first four by id already reach every level: Foro Penal, its leader, his claims, Tocorón.
    var forFour = roundTripsOf("organisationsInDepth", 4);
    var forNine = roundTripsOf("organisationsInDepth", 9);
    System.out.printf("organisationsInDepth: round trips %s for 4 organisations, %s for 9%n", forFour, forNine);
    assertThat(forFour).hasSize(1);
    assertThat(forNine).isEqualTo(forFour);
    assertThat(forNine.iterator().next()).isLessThanOrEqualTo(ORGANISATIONS_IN_DEPTH_LEVELS + 2L);
  }

  @Test
  void shouldFindAPathOrANeighbourhoodInOneRoundTripAndTheClaimsBehindItsEdgesInOneMore() {
    var path = "{ shortestPath(from: \"person:alfredo-romero\", to: \"prison:tocoron\") { length edges { from to %s } } }";
    var neighbourhood = "{ neighbourhood(of: \"prison:tocoron\", depth: 2) { nodes { id } edges { from to %s } } }";
    for (var document : List.of(path, neighbourhood)) {
      var before = roundTrips();
      graphQl.document(document.formatted("type")).execute().errors().verify();
      assertThat(roundTrips() - before).as(document).isEqualTo(1);
      before = roundTrips();
      graphQl.document(document.formatted("claims { id }")).execute().errors().verify();
      assertThat(roundTrips() - before).as(document).isEqualTo(2);
    }
  }

  @Test
  void shouldDrawAFactsNeighbourhoodWithItsEdgesClaimsSourcesAndContradictionsInRoundTripsThatDoNotGrowWithIt() {
    var document = """
        { neighbourhood(of: "org:venezuela", view: FACTS, depth: %d, limit: 500) {
            nodes { id } edges { id contested claims { id } sources { id } } } }
        """;
    var counts = new TreeSet<Long>();
    var sizes = new TreeSet<Integer>();
    for (var depth : List.of(1, 3)) {
      var before = roundTrips();
      var edges = graphQl.document(document.formatted(depth)).execute().errors().verify()
          .path("neighbourhood.edges[*].id").entityList(String.class).get();
      counts.add(roundTrips() - before);
      sizes.add(edges.size());
    }
    System.out.printf("FACTS neighbourhood: round trips %s for %s edges%n", counts, sizes);
    assertThat(sizes).as("depth 3 draws more edges than depth 1").hasSize(2);
    assertThat(counts).hasSize(1);
    // The subgraph; the claims; their traces, for sources and for contested; the sources.
    assertThat(counts.first()).isLessThanOrEqualTo(5L);
  }

  /** The distinct round-trip counts of asking the query {@link #TIMES} times for the first {@code first} parents. */
  private Set<Long> roundTripsOf(String document, int first) {
    var list = document.replace("InDepth", "");
    var counts = new TreeSet<Long>();
    for (int i = 0; i < TIMES; i++) {
      var before = roundTrips();
      graphQl.documentName(document).variable("first", first).execute()
          .path(list + ".edges").entityList(Object.class).hasSize(first);
      counts.add(roundTrips() - before);
    }
    return counts;
  }
}
