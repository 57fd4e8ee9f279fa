package org.casegraph.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Restricted sources: which nodes only CONFIDENTIAL readers may see, and how queries leave them out.
 *
 * <p><b>The flag.</b> A source is restricted when its {@code restricted} property is {@code true} (set
 * by a data set or a write). The label {@code :Restricted} marks, denormalised so that a query tests a
 * label instead of walking to a source:
 * <ul>
 *   <li>a restricted source;</li>
 *   <li>every claim from a restricted source;</li>
 *   <li>every role, detention, charge, event or tie backed by claims and only by restricted ones;</li>
 *   <li>every person, organisation or prison that appears (as claimant, subject, role holder,
 *       defendant, participant, place) only next to restricted claims and facts: a witness that
 *       only a restricted source names.</li>
 * </ul>
 * An entity that also appears next to anything unrestricted stays visible; its restricted claims and
 * facts do not. So from a visible claim, its claimant, subjects, source, event and the facts it asserts
 * are visible too; from a visible entity or fact, its claims and facts may not be.
 *
 * <p><b>Keeping it right.</b> Whatever writes sources, claims, facts or the links between them calls
 * {@link #refresh(TransactionContext, Collection)} with the ids of the sources whose claims it wrote,
 * or {@link #refreshNodes(TransactionContext, Collection)} with the nodes it changed (say, after moving
 * or deleting claims, or merging entities), in the same transaction as the write. Either recomputes the
 * label on those nodes and on what they touch. Nothing is computed while no source is restricted.
 *
 * <p><b>Filtering.</b> Every query that reads the graph for someone is written in the form that hides
 * restricted nodes: each node pattern or label test that may reach one carries the label expression
 * {@value #HIDDEN}, as in {@code MATCH (c:Claim&!Restricted)}, {@code EXISTS { (n)--(:Node&!Restricted) }}
 * or {@code WHERE y:Node&!Restricted} (every stored node has the label {@code Node}). Before running it,
 * {@link #forViewer(String)} drops that expression for a viewer with CONFIDENTIAL access, so they run
 * exactly the unfiltered query and pay nothing. {@code NodeRepository.read} does this for every read;
 * code that runs Cypher of its own for a viewer (an export, say) passes it through
 * {@link #forViewer(String)} too. Without a viewer (a command-line run) restricted nodes stay hidden.
 */
public final class Restrictions {

  /** The label on restricted sources and on the claims, facts and entities only they back. */
  public static final String LABEL = "Restricted";

  /** Appended to a node's label in Cypher, leaves out restricted nodes for viewers who may not see them. */
  public static final String HIDDEN = "&!" + LABEL;

  /** The relationships through which an entity appears in claims and facts. */
  private static final String APPEARS = "CLAIMED_BY|ABOUT|OF|IN|AGAINST|PARTICIPATED_IN|AT";

  /** Sets or removes the label on {@code n} as {@code hide} says, writing only what changes. */
  private static final String APPLY = """
      CALL (n, hide) { WITH * WHERE hide AND NOT n:Restricted SET n:Restricted }
      CALL (n, hide) { WITH * WHERE NOT hide AND n:Restricted REMOVE n:Restricted }
      """;

  private Restrictions() {}

  /** The query as the current viewer may run it: unfiltered for CONFIDENTIAL, else as written. */
  public static String forViewer(String cypher) {
    return Viewer.seesRestricted() ? cypher.replace(HIDDEN, "") : cypher;
  }

  /** Recomputes the label on these sources, their claims, and the facts and entities those claims touch. */
  public static void refresh(TransactionContext tx, Collection<String> sourceIds) {
    refreshNodes(tx, sourceIds);
  }

  /**
   * Recomputes the label on these nodes (sources, claims, facts or entities, in any mix), on the claims
   * of the sources among them, on the facts those claims back, and on the entities next to those claims
   * and facts.
   */
  public static void refreshNodes(TransactionContext tx, Collection<String> ids) {
    tx.run(refreshClause("$ids") + "RETURN refreshed", Map.of("ids", List.copyOf(ids))).consume();
  }

  /**
   * As {@link #refreshNodes}, as clauses that end a write's own statement, after its writes, so that the
   * write costs no round trip for its restrictions: they recompute the label on the nodes whose ids the
   * list expression {@code ids} gives, and leave the variable {@code refreshed} (how many nodes were
   * looked at; null when no source is restricted) for the statement's {@code RETURN}.
   */
  public static String refreshClause(String ids) {
    return "WITH " + ids + " AS ids\nOPTIONAL " + REFRESH;
  }

  /**
   * The recomputation, a subquery of a row's {@code ids}: one statement, so a write costs one round trip
   * for this however many nodes it touched. Each step sees the labels the steps before it set. Nothing
   * runs while no source is restricted.
   */
  private static final String REFRESH = """
      CALL (ids) {
        WITH ids, EXISTS { MATCH (:Restricted) } OR EXISTS { MATCH (s:Source) WHERE s.id IN ids AND s.restricted = true } AS needed
        WHERE needed
        CALL (ids) {
          MATCH (n:Source) WHERE n.id IN ids
          WITH n, coalesce(n.restricted = true, false) AS hide
      %1$s    RETURN count(*) AS sources
        }
        CALL (ids) {
          CALL (ids) {
            MATCH (n:Claim)-[:FROM]->(s:Source) WHERE s.id IN ids RETURN n
            UNION
            MATCH (n:Claim) WHERE n.id IN ids RETURN n
          }
          WITH n, EXISTS { (n)-[:FROM]->(s:Source) WHERE s.restricted = true } AS hide
      %1$s    RETURN collect(n.id) AS claims
        }
        CALL (ids, claims) {
          CALL (ids, claims) {
            MATCH (c:Claim)-[:ASSERTS|REPORTS]->(n) WHERE c.id IN claims RETURN n
            UNION
            MATCH (n:Node) WHERE n.id IN ids AND (n:Role OR n:Detention OR n:Charge OR n:Event OR n:Tie) RETURN n
          }
          WITH n, EXISTS { (n)<-[:ASSERTS|REPORTS]-(:Claim:Restricted) }
              AND NOT EXISTS { (n)<-[:ASSERTS|REPORTS]-(c:Claim) WHERE NOT c:Restricted } AS hide
      %1$s    RETURN collect(n.id) AS facts
        }
        CALL (ids, claims, facts) {
          CALL (ids, claims, facts) {
            MATCH (x:Node)-[:%2$s]-(n:Entity) WHERE x.id IN claims + facts RETURN n
            UNION
            MATCH (n:Entity) WHERE n.id IN ids RETURN n
          }
          // Visible first: for an entity next to anything unrestricted (most, and every hub) this stops at
          // the first such neighbour instead of looking through all of them for a restricted one.
          WITH n, NOT EXISTS { (n)-[:%2$s]-(x) WHERE NOT x:Restricted } AND EXISTS { (n)-[:%2$s]-(:Restricted) } AS hide
      %1$s    RETURN count(*) AS entities
        }
        RETURN sources + size(claims) + size(facts) + entities AS refreshed
      }
      """.formatted(APPLY.indent(4), APPEARS);


}
