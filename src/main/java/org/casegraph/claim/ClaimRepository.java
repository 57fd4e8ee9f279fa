package org.casegraph.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.graph.NodeRepository;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Lists claims with their filters, and finds the claims that contradict each other. */
@Repository
class ClaimRepository {

  /** A filter that is null matches every claim. */
  record Filter(@Nullable String claimant, @Nullable String subject, @Nullable String source, @Nullable String event,
      @Nullable PartialDate from, @Nullable PartialDate to, @Nullable Boolean contested) {}

  /** Two claims, each with its claimant's name, and the title of the event they share, if any. */
  record ClaimPair(Claim first, String firstClaimant, Claim second, String secondClaimant, @Nullable String event) {}

  /** Whether a pair touches {@code $about}: one of the claims itself, its event, or an entity it is about or made by. */
  private static final String ABOUT = """
      ($about IS NULL OR a.id = $about OR b.id = $about OR a.event = $about OR b.event = $about
         OR a.claimant = $about OR b.claimant = $about
         OR EXISTS { (a)-[:ABOUT]->(:Node {id: $about}) } OR EXISTS { (b)-[:ABOUT]->(:Node {id: $about}) })
      """;

  private static final String WHERE = """
      ($claimant IS NULL OR n.claimant = $claimant)
      AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) })
      AND ($source IS NULL OR n.source = $source)
      AND ($event IS NULL OR n.event = $event)
      AND ($from IS NULL OR n.claimedOnEnd >= $from)
      AND ($to IS NULL OR n.claimedOnStart <= $to)
      AND ($contested IS NULL OR $contested = EXISTS { (n)-[:CONTRADICTS]-(:Claim&!Restricted) })
      """;

  private final NodeRepository nodes;

  ClaimRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  Connection<Claim> page(Filter filter, PageRequest page) {
    var parameters = new HashMap<String, Object>();
    parameters.put("claimant", filter.claimant());
    parameters.put("subject", filter.subject());
    parameters.put("source", filter.source());
    parameters.put("event", filter.event());
    parameters.put("from", filter.from() == null ? null : filter.from().start());
    parameters.put("to", filter.to() == null ? null : filter.to().end());
    parameters.put("contested", filter.contested());
    return nodes.list("(n:Claim)", WHERE, parameters, page, Claim::from);
  }

  /** Pairs linked by CONTRADICTS, each pair once, in id order. */
  List<ClaimPair> linkedContradictions(@Nullable String about, int first) {
    return pairs("""
        MATCH (a:Claim&!Restricted)-[:CONTRADICTS]-(b:Claim&!Restricted)
        WHERE a.id < b.id AND %s
        WITH DISTINCT a, b, null AS event
        ORDER BY a.id, b.id
        LIMIT $first
        """.formatted(ABOUT), about, first);
  }

  /**
   * Pairs of claims that count the same thing: they report the same event, in the same unit, about the
   * same people (often none). Claims about different people on one event, such as two candidates'
   * shares of the vote, count different things and are not paired.
   */
  List<ClaimPair> countedTogether(@Nullable String about, int first) {
    return pairs("""
        MATCH (a:Claim&!Restricted)-[:REPORTS]->(e:Event)<-[:REPORTS]-(b:Claim&!Restricted)
        WHERE a.id < b.id AND a.quantityUnit = b.quantityUnit
          AND COLLECT { MATCH (a)-[:ABOUT]->(p:Person) RETURN p.id ORDER BY p.id }
            = COLLECT { MATCH (b)-[:ABOUT]->(p:Person) RETURN p.id ORDER BY p.id }
          AND %s
        WITH DISTINCT a, b, e.title AS event
        ORDER BY a.id, b.id
        LIMIT $first
        """.formatted(ABOUT), about, first);
  }

  private List<ClaimPair> pairs(String match, @Nullable String about, int first) {
    var parameters = new HashMap<String, Object>();
    parameters.put("about", about);
    parameters.put("first", first);
    return nodes.read(match + """
        MATCH (a)-[:CLAIMED_BY]->(ac), (b)-[:CLAIMED_BY]->(bc)
        RETURN a, ac.name AS aClaimant, b, bc.name AS bClaimant, event
        """, parameters).stream()
        .map(r -> new ClaimPair(Claim.from(r.get("a").asNode()), r.get("aClaimant").asString(),
            Claim.from(r.get("b").asNode()), r.get("bClaimant").asString(),
            r.get("event").isNull() ? null : r.get("event").asString()))
        .toList();
  }
}
