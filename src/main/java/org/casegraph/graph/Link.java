package org.casegraph.graph;

/**
 * A to-many relationship field of the schema, as the Cypher pattern from a parent {@code p} to its
 * targets {@code t}. The patterns are fixed here, never built from input.
 */
public enum Link {
  PERSON_ROLES("(p)<-[:OF]-(t:Role)"),
  PERSON_CHARGES("(p)<-[:AGAINST]-(t:Charge)"),
  PERSON_DETENTIONS("(p)<-[:OF]-(t:Detention)"),
  ORGANISATION_MEMBERS("(p)<-[:IN]-(t:Role)"),
  /** The ties of an entity, either way round. */
  ENTITY_TIES("(p)<-[:OF|IN]-(t:Tie)"),
  PRISON_DETENTIONS("(p)<-[:AT]-(t:Detention)"),
  PRISON_EVENTS("(p)<-[:AT]-(t:Event)"),
  DETENTION_CHARGES("(p)-[:ON_CHARGE]->(t:Charge)"),
  CHARGE_DEFENDANTS("(p)-[:AGAINST]->(t:Person)"),
  /** The claims behind a role, detention, charge, event or tie. */
  FACT_CLAIMS("(p)<-[:ASSERTS|REPORTS]-(t:Claim)"),
  CLAIM_SUBJECTS("(p)-[:ABOUT]->(t)"),
  CLAIM_SUPPORTS("(p)-[:SUPPORTS]->(t:Claim)"),
  CLAIM_CONTRADICTS("(p)-[:CONTRADICTS]-(t:Claim)"),
  /** A claim has exactly one claimant, so no claim is reached twice. */
  CLAIMS_MADE("(p)<-[:CLAIMED_BY]-(t:Claim)", true),
  CLAIMS_ABOUT("(p)<-[:ABOUT]-(t:Claim)"),
  /** A claim has exactly one source, so no claim is reached twice. */
  SOURCE_CLAIMS("(p)<-[:FROM]-(t:Claim)", true);

  private final String pattern;
  private final boolean eachTargetOnce;

  Link(String pattern) {
    this(pattern, false);
  }

  Link(String pattern, boolean eachTargetOnce) {
    this.pattern = pattern;
    this.eachTargetOnce = eachTargetOnce;
  }

  public String pattern() {
    return pattern;
  }

  /**
   * Whether the pattern reaches each target at most once from a parent, so that its targets can be
   * counted and paged without removing repeats (which costs a hash of every target).
   */
  public boolean eachTargetOnce() {
    return eachTargetOnce;
  }
}
