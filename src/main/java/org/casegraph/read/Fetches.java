package org.casegraph.read;

import java.util.Map;
import java.util.Set;
import org.casegraph.graph.Link;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the schema that a compiled read answers, by type and field, each with the pattern its
 * data fetcher follows one level at a time. Every other field (scalars aside) is computed by its own
 * fetcher, below compiled parents too: contradictions, figures, stats, search scores, paths and
 * neighbourhoods, participants, a claim's {@code asOf}, and the provenance of a graph edge.
 */
final class Fetches {

  private static final Set<String> ENTITIES = Set.of("Person", "Organisation", "Prison");
  private static final Set<String> FACTS = Set.of("Role", "Detention", "Charge", "Event", "Tie");

  private static final Map<String, Fetch> FETCHES = fetches();

  private Fetches() {}

  /** How {@code field} of {@code type} is fetched, or null when it is not compiled. */
  static @Nullable Fetch of(String type, String field) {
    return FETCHES.get(type + "." + field);
  }

  /** Every type and field compiled, as {@code Type.field}. */
  static Set<String> coordinates() {
    return FETCHES.keySet();
  }

  private static Map<String, Fetch> fetches() {
    var fetches = new java.util.HashMap<String, Fetch>();
    fetches.put("Person.roles", new Fetch.Targets(Link.PERSON_ROLES));
    fetches.put("Person.charges", new Fetch.Targets(Link.PERSON_CHARGES));
    fetches.put("Person.detentions", new Fetch.Targets(Link.PERSON_DETENTIONS));
    fetches.put("Organisation.members", new Fetch.Targets(Link.ORGANISATION_MEMBERS));
    fetches.put("Prison.detentions", new Fetch.Targets(Link.PRISON_DETENTIONS));
    fetches.put("Prison.events", new Fetch.Targets(Link.PRISON_EVENTS));
    fetches.put("Prison.detentionCount", new Fetch.Count(Link.PRISON_DETENTIONS));
    fetches.put("Detention.charges", new Fetch.Targets(Link.DETENTION_CHARGES));
    fetches.put("Charge.defendants", new Fetch.Targets(Link.CHARGE_DEFENDANTS));
    fetches.put("Claim.subjects", new Fetch.Targets(Link.CLAIM_SUBJECTS));
    fetches.put("Claim.supports", new Fetch.Targets(Link.CLAIM_SUPPORTS));
    fetches.put("Claim.contradicts", new Fetch.Targets(Link.CLAIM_CONTRADICTS));
    fetches.put("Claim.claimant", new Fetch.Target("claimant"));
    fetches.put("Claim.source", new Fetch.Target("source"));
    fetches.put("Claim.event", new Fetch.Target("event"));
    fetches.put("Role.person", new Fetch.Target("person"));
    fetches.put("Role.organisation", new Fetch.Target("organisation"));
    fetches.put("Detention.person", new Fetch.Target("person"));
    fetches.put("Detention.prison", new Fetch.Target("prison"));
    fetches.put("Event.prison", new Fetch.Target("prison"));
    fetches.put("Tie.from", new Fetch.Target("from"));
    fetches.put("Tie.to", new Fetch.Target("to"));
    fetches.put("Source.claims", new Fetch.Page(Link.SOURCE_CLAIMS));
    for (var entity : ENTITIES) {
      fetches.put(entity + ".ties", new Fetch.Targets(Link.ENTITY_TIES));
      fetches.put(entity + ".claimsMade", new Fetch.Page(Link.CLAIMS_MADE));
      fetches.put(entity + ".claimsAbout", new Fetch.Page(Link.CLAIMS_ABOUT));
    }
    for (var fact : FACTS) {
      fetches.put(fact + ".claims", new Fetch.Targets(Link.FACT_CLAIMS));
    }
    return Map.copyOf(fetches);
  }
}
