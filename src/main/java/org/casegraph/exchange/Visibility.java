package org.casegraph.exchange;

/**
 * What an export may show to the one asking, as Cypher predicates over a node variable: the claims of a
 * restricted source, the source itself, and the roles, detentions, charges and events that only such
 * claims back are left out for anyone without CONFIDENTIAL access. The one place where export decides
 * visibility; every export query goes through it. Queries take {@code $seesRestricted}.
 */
final class Visibility {

  private Visibility() {}

  static String claim(String c) {
    return "($seesRestricted OR NOT EXISTS { MATCH (%s)-[:FROM]->(rs:Source) WHERE rs.restricted = true })".formatted(c);
  }

  static String source(String s) {
    return "($seesRestricted OR coalesce(%s.restricted, false) = false)".formatted(s);
  }

  static String fact(String f) {
    return "EXISTS { MATCH (bc:Claim)-[:ASSERTS|REPORTS]->(%s) WHERE %s }".formatted(f, claim("bc"));
  }

  /** Any node: a claim, source or fact by the rules above; an entity always. */
  static String node(String n) {
    return """
        CASE WHEN %1$s:Claim THEN %2$s WHEN %1$s:Source THEN %3$s
          WHEN %1$s:Event OR %1$s:Charge OR %1$s:Detention OR %1$s:Role THEN %4$s ELSE true END"""
        .formatted(n, claim(n), source(n), fact(n));
  }
}
