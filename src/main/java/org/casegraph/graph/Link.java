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
  PRISON_DETENTIONS("(p)<-[:AT]-(t:Detention)"),
  PRISON_EVENTS("(p)<-[:AT]-(t:Event)"),
  DETENTION_CHARGES("(p)-[:ON_CHARGE]->(t:Charge)"),
  CHARGE_DEFENDANTS("(p)-[:AGAINST]->(t:Person)"),
  /** The claims behind a role, detention, charge or event. */
  FACT_CLAIMS("(p)<-[:ASSERTS|REPORTS]-(t:Claim)"),
  CLAIM_SUBJECTS("(p)-[:ABOUT]->(t)"),
  CLAIM_SUPPORTS("(p)-[:SUPPORTS]->(t:Claim)"),
  CLAIM_CONTRADICTS("(p)-[:CONTRADICTS]-(t:Claim)"),
  CLAIMS_MADE("(p)<-[:CLAIMED_BY]-(t:Claim)"),
  CLAIMS_ABOUT("(p)<-[:ABOUT]-(t:Claim)"),
  SOURCE_CLAIMS("(p)<-[:FROM]-(t:Claim)");

  private final String pattern;

  Link(String pattern) {
    this.pattern = pattern;
  }

  public String pattern() {
    return pattern;
  }
}
