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

  static String claim(String c) {
    return node(c);
  }

  static String source(String s) {
    return node(s);
  }

  static String fact(String f) {
    return node(f);
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
