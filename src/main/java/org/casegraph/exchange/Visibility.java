package org.casegraph.exchange;

/**
 * What an export may show to the one asking, as Cypher predicates over a node variable: for anyone
 * without CONFIDENTIAL access, every node labelled {@code :Restricted} (a restricted source, its
 * claims, the facts only they back and the entities only they name; see
 * {@link org.casegraph.security.Restrictions}) is left out. The one place where export decides
 * visibility; every export query goes through it. Queries take {@code $seesRestricted}.
 */
final class Visibility {

  private Visibility() {}

  // Claims, sources and facts are tested through the source, in shapes Neo4j 2026.09's planner takes
  // (a label test on them, next to the id tests, sometimes trips its "should not appear non-cached" error).
  static String claim(String c) {
    return "($seesRestricted OR NOT EXISTS { MATCH (%s)-[:FROM]->(rs:Source) WHERE rs.restricted = true })".formatted(c);
  }

  static String source(String s) {
    return "($seesRestricted OR coalesce(%s.restricted, false) = false)".formatted(s);
  }

  static String fact(String f) {
    return "EXISTS { MATCH (bc:Claim)-[:ASSERTS|REPORTS]->(%s) WHERE %s }".formatted(f, claim("bc"));
  }

  /**
   * Any node: hidden when restricted, for those who may not see it. Written as a test of labels(), not
   * a label predicate: combined with the id tests of the export queries, a label predicate here led
   * Neo4j 2026.09's planner into an internal error ("should not appear non-cached") on some plans.
   */
  static String node(String n) {
    return "($seesRestricted OR NOT 'Restricted' IN labels(%s))".formatted(n);
  }
}
