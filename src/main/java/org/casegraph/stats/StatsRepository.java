package org.casegraph.stats;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.graph.Entity;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Nodes;
import org.casegraph.prison.Prison;
import org.casegraph.support.PartialDate;
import org.casegraph.support.Props;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Aggregations over the graph, each one Cypher statement. */
@Repository
class StatsRepository {

  /** {@code asOf} is the date the stats were asked as of, which the prison's figures are read as of too. */
  record PrisonStats(Prison prison, int releaseEvents, List<Quantity> releaseCounts, int detentions, List<Entity> reportedBy,
      @Nullable PartialDate asOf) {}

  record OffenceStats(String offence, int charges, int namedDefendants, List<Quantity> defendantCounts) {}

  record ClaimantStats(Entity claimant, int claims, int contested) {}

  /**
   * Whether the claim was made by {@code $asOf}: its date (its own, else its source's) ends on or
   * before that day, or it has none. With no {@code $asOf}, every claim.
   */
  private static String known(String claim) {
    return """
        ($asOf IS NULL OR EXISTS { (%1$s)-[:FROM]->(s:Source) WHERE coalesce(coalesce(%1$s.claimedOnEnd, s.publishedOnEnd) <= $asOf, true) })\
        """.formatted(claim);
  }

  /** Whether the fact is backed by a claim made by {@code $asOf} (see {@link #known(String)}). */
  private static String backed(String fact) {
    return """
        ($asOf IS NULL OR EXISTS { (%1$s)<-[:ASSERTS|REPORTS]-(k:Claim&!Restricted)-[:FROM]->(s:Source)
          WHERE coalesce(coalesce(k.claimedOnEnd, s.publishedOnEnd) <= $asOf, true) })\
        """.formatted(fact);
  }

  private final NodeRepository nodes;

  StatsRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  List<PrisonStats> prisons(int first, @Nullable PartialDate asOf) {
    return nodes.read("""
        MATCH (p:Prison&!Restricted)
        WITH p, COUNT { MATCH (p)<-[:AT]-(e:Event&!Restricted {kind: 'RELEASE'}) WHERE %1$s } AS releases,
             COUNT { MATCH (p)<-[:AT]-(d:Detention&!Restricted) WHERE %2$s } AS detentions
        ORDER BY releases + detentions DESC, p.id
        LIMIT $first
        RETURN p, releases, detentions,
          COLLECT { MATCH (p)<-[:AT]-(e:Event&!Restricted {kind: 'RELEASE'}) WHERE e.countValue IS NOT NULL AND %1$s
                    RETURN e ORDER BY e.id } AS counted,
          COLLECT { MATCH (p)<-[:AT]-(f)<-[:ASSERTS|REPORTS]-(c:Claim&!Restricted)-[:CLAIMED_BY]->(who)
                    WHERE (f:Event OR f:Detention) AND %3$s RETURN DISTINCT who ORDER BY who.id } AS reporters
        """.formatted(backed("e"), backed("d"), known("c")), parameters(first, asOf)).stream()
        .map(r -> new PrisonStats(Prison.from(r.get("p").asNode()), r.get("releases").asInt(),
            quantities(r.get("counted"), "count"), r.get("detentions").asInt(),
            r.get("reporters").asList(v -> Nodes.entity(v.asNode())), asOf))
        .toList();
  }

  List<OffenceStats> offences(int first, @Nullable PartialDate asOf) {
    return nodes.read("""
        MATCH (c:Charge&!Restricted) WHERE %s
        WITH c.offence AS offence, count(c) AS charges, sum(COUNT { (c)-[:AGAINST]->(:Person) }) AS named,
             collect(CASE WHEN c.defendantCountValue IS NOT NULL THEN c END) AS counted
        ORDER BY charges DESC, offence
        LIMIT $first
        RETURN offence, charges, named, counted
        """.formatted(backed("c")), parameters(first, asOf)).stream()
        .map(r -> new OffenceStats(r.get("offence").asString(), r.get("charges").asInt(), r.get("named").asInt(),
            quantities(r.get("counted"), "defendantCount")))
        .toList();
  }

  List<ClaimantStats> claimants(int first, @Nullable PartialDate asOf) {
    return nodes.read("""
        MATCH (who:Entity)<-[:CLAIMED_BY]-(c:Claim&!Restricted) WHERE %s
        WITH who, count(c) AS claims,
             count(CASE WHEN EXISTS { MATCH (c)-[:CONTRADICTS]-(o:Claim&!Restricted) WHERE %s } THEN 1 END) AS contested
        ORDER BY claims DESC, who.id
        LIMIT $first
        RETURN who, claims, contested
        """.formatted(known("c"), known("o")), parameters(first, asOf)).stream()
        .map(r -> new ClaimantStats(Nodes.entity(r.get("who").asNode()), r.get("claims").asInt(), r.get("contested").asInt()))
        .toList();
  }

  /** Release events at each prison, by prison id. */
  Map<String, Integer> releaseCounts(Collection<String> prisonIds) {
    return perPrison("""
        UNWIND $ids AS id
        MATCH (p:Prison {id: id})
        RETURN id, COUNT { (p)<-[:AT]-(:Event&!Restricted {kind: 'RELEASE'}) } AS count
        """, prisonIds);
  }

  /** Detentions at each prison, by prison id. */
  Map<String, Integer> detentionCounts(Collection<String> prisonIds) {
    return perPrison("""
        UNWIND $ids AS id
        MATCH (p:Prison {id: id})
        RETURN id, COUNT { (p)<-[:AT]-(:Detention&!Restricted) } AS count
        """, prisonIds);
  }

  private Map<String, Integer> perPrison(String cypher, Collection<String> prisonIds) {
    var result = new HashMap<String, Integer>();
    nodes.read(cypher, Map.of("ids", List.copyOf(prisonIds)))
        .forEach(r -> result.put(r.get("id").asString(), r.get("count").asInt()));
    return result;
  }

  private static Map<String, Object> parameters(int first, @Nullable PartialDate asOf) {
    var parameters = new HashMap<String, Object>();
    parameters.put("first", first);
    parameters.put("asOf", asOf == null ? null : asOf.end());
    return parameters;
  }

  private static List<Quantity> quantities(Value nodes, String key) {
    return nodes.asList(v -> Props.quantity(v.asNode(), key));
  }
}
