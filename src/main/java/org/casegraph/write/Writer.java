package org.casegraph.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casegraph.audit.AuditTrail;
import org.casegraph.dataset.Dataset;
import org.casegraph.dataset.Problem;
import org.casegraph.dataset.Upserts;
import org.casegraph.graph.Identified;
import org.casegraph.graph.Nodes;
import org.casegraph.security.Restrictions;
import org.casegraph.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * Runs each mutation as one audited transaction: the input is checked by the data-set format's rules
 * against the graph as that transaction sees it, and only then written. A refused write changes nothing.
 */
@Service
class Writer {

  /** {@code $.claims[0].source} in the data-set format is {@code input.source} in a mutation. */
  private static final Pattern ITEM = Pattern.compile("^\\$\\.[a-z]+\\[0\\]");

  private final AuditTrail audit;
  private final Upserts upserts;

  Writer(AuditTrail audit, Upserts upserts) {
    this.audit = audit;
    this.upserts = upserts;
  }

  /**
   * Upserts one item and returns it as stored; {@code assertedBy} names stored claims that assert it,
   * when it is a fact.
   */
  Identified upsert(String action, Dataset item, List<String> assertedBy) {
    var id = Upserts.ids(item).getFirst();
    return stored(id, audit.writeAndRead(action, (tx, change) -> {
      // The state before, which the audit record needs anyway, says whether the node is restricted; the
      // same statement finds which of what the item refers to is in the graph, for its check.
      var lookup = Upserts.lookingUp(item);
      var existing = lookup.answer(change.touchOwned(List.of(id), lookup.subquery()));
      var was = change.before(id);
      if (!Viewer.seesRestricted() && (item.sources().stream().anyMatch(s -> Boolean.TRUE.equals(s.restricted()))
          || (was != null && was.restricted()))) {
        throw new AccessDeniedException("Restricted sources and what they back need CONFIDENTIAL access");
      }
      var problems = new ArrayList<Problem>();
      checkClaims(tx, assertedBy, problems);
      var backed = problems.isEmpty() && !assertedBy.isEmpty() ? Set.of(id) : Set.<String>of();
      upserts.check(item, backed, tx, existing).forEach(p -> problems.add(new Problem(field(p.path()), message(p.message()))));
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      // The claims now behind the item are written with it, and restrictions recomputed once for both; the
      // audit record's read of what the write left ends the same statement.
      change.readAfter(upserts.writeThen(item, assertedBy, tx, change.readingAfter()));
      return id;
    }));
  }

  /** Adds or removes a supports or contradicts link between two stored claims; returns the first as stored. */
  Identified link(String claim, ClaimLink link, String other, boolean add) {
    return stored(claim, audit.writeAndRead(add ? "linkClaims" : "unlinkClaims", (tx, change) -> {
      var problems = new ArrayList<Problem>();
      if (claim.equals(other)) {
        problems.add(new Problem("other", "a claim cannot support or contradict itself"));
      }
      var stored = new HashSet<>(tx.run(Restrictions.forViewer("MATCH (c:Claim" + Restrictions.HIDDEN + ") WHERE c.id IN [$a, $b] RETURN c.id AS id"),
              Map.of("a", claim, "b", other))
          .list(r -> r.get("id").asString()));
      if (!stored.contains(claim)) {
        problems.add(new Problem("claim", "'%s' is not a claim in the graph".formatted(claim)));
      }
      if (!stored.contains(other)) {
        problems.add(new Problem("other", "'%s' is not a claim in the graph".formatted(other)));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      // Contradiction is symmetric: one relationship per pair, from the smaller id.
      var symmetric = link == ClaimLink.CONTRADICTS;
      var from = symmetric && other.compareTo(claim) < 0 ? other : claim;
      var to = from.equals(claim) ? other : claim;
      change.touch(from, to);
      var cypher = add
          ? "MATCH (a:Claim {id: $from}), (b:Claim {id: $to}) MERGE (a)-[:%s]->(b)"
          : "MATCH (:Claim {id: $from})-[r:%s]->(:Claim {id: $to}) DELETE r";
      // The restrictions of both claims recomputed in the same statement.
      tx.run(cypher.formatted(link.name()) + "\nWITH count(*) AS done\n" + Restrictions.refreshClause("[$from, $to]")
          + "RETURN refreshed", Map.of("from", from, "to", to)).consume();
      return claim;
    }));
  }

  /**
   * The node as the write committed it, as a read after it would answer: not found when the viewer may
   * not see it.
   */
  private static Identified stored(String id, AuditTrail.Written<String> written) {
    var node = written.nodes().get(id);
    if (node == null || (node.hasLabel(Restrictions.LABEL) && !Viewer.seesRestricted())) {
      throw NotFoundException.node(id);
    }
    return Nodes.map(node);
  }

  /** Deletes a node nothing depends on; returns its id. */
  String delete(String id) {
    return audit.write("deleteNode", (tx, change) -> {
      var found = tx.run(Restrictions.forViewer("""
          MATCH (n:Node&!Restricted {id: $id})
          RETURN [(n)<-[r]-(m:Node) WHERE NOT type(r) IN ['SUPPORTS', 'CONTRADICTS', 'ASSERTS', 'REPORTS'] | m.id] AS dependants,
            [(n)-[:ASSERTS|REPORTS]->(f:Node) WHERE NOT EXISTS { (f)<-[:ASSERTS|REPORTS]-(o:Claim) WHERE o <> n } | f.id] AS alone
          """), Map.of("id", id)).list();
      if (found.isEmpty()) {
        throw NotFoundException.node(id);
      }
      var dependants = found.getFirst().get("dependants").asList(org.neo4j.driver.Value::asString);
      var alone = found.getFirst().get("alone").asList(org.neo4j.driver.Value::asString);
      if (!dependants.isEmpty()) {
        throw new BadRequestException("'%s' cannot be deleted while %s refer to it; delete or change those first"
            .formatted(id, String.join(", ", dependants.stream().distinct().sorted().limit(10).toList())
                + (dependants.size() > 10 ? " and %d more".formatted(dependants.size() - 10) : "")));
      }
      if (!alone.isEmpty()) {
        throw new BadRequestException("'%s' is the only claim backing %s; delete those facts first or back them with another claim"
            .formatted(id, String.join(", ", alone)));
      }
      var neighbours = tx.run("MATCH (n:Node {id: $id})--(m:Node) RETURN DISTINCT m.id AS id", Map.of("id", id))
          .list(r -> r.get("id").asString());
      change.touch(id).touch(neighbours);
      tx.run("MATCH (n:Node {id: $id}) DETACH DELETE n", Map.of("id", id)).consume();
      Restrictions.refreshNodes(tx, neighbours);
      return id;
    });
  }

  private static void checkClaims(TransactionContext tx, List<String> claims, List<Problem> problems) {
    if (claims.isEmpty()) {
      return;
    }
    var stored = new HashSet<>(tx.run(Restrictions.forViewer("MATCH (c:Claim" + Restrictions.HIDDEN + ") WHERE c.id IN $ids RETURN c.id AS id"),
            Map.of("ids", claims))
        .list(r -> r.get("id").asString()));
    for (int i = 0; i < claims.size(); i++) {
      if (!stored.contains(claims.get(i))) {
        problems.add(new Problem("input.assertedBy[%d]".formatted(i), "'%s' is not a claim in the graph".formatted(claims.get(i))));
      }
    }
  }

  static String field(String path) {
    var matcher = ITEM.matcher(path);
    return matcher.find() ? "input" + path.substring(matcher.end()) : path;
  }

  private static String message(String message) {
    return message.replace("is neither in this file nor in the graph", "is not in the graph")
        .replace("name it in a claim's event or asserts", "name a claim that asserts it in assertedBy, or record one that does");
  }
}
