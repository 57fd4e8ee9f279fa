package org.casegraph.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.graph.RelationshipType;
import org.casegraph.security.Restrictions;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of FollowTheMoney relationship lines, each as a fact (a role, or a tie where a role does
 * not fit) and the claim that asserts it: claimed by the data set's publisher, from the data set's source,
 * about the two parties. Both parties must be in the graph (imported from the same file or before);
 * otherwise the line is rejected. Ids come from the FollowTheMoney id, so a second import finds the same nodes.
 */
@Component
class FtmLinkWriter {

  /** A relationship line waiting for its parties to be written. */
  record Pending(long line, FtmLinks.Link link) {}

  /** A party of a relationship as the graph holds it. */
  record Party(String id, String name, boolean person, boolean organisation) {}

  private static final String PARTIES = """
      UNWIND $refs AS ref
      CALL (ref) {
        UNWIND ref.candidates AS candidate
        MATCH (n:Node&!Restricted {id: candidate}) WHERE n:Entity
        RETURN n ORDER BY n.id LIMIT 1
      }
      RETURN ref.ftmId AS ftmId, n.id AS id, n.name AS name, n:Person AS person, n:Organisation AS organisation
      """;
  private static final String STORED = "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, properties(n) AS properties";
  private static final String CLAIMANT = """
      MERGE (o:Node {id: $claimant.id})
      ON CREATE SET o:Entity:Organisation, o = $claimant
      """;
  private static final String FACTS = """
      UNWIND $rows AS row
      MERGE (n:Node {id: row.id})
      SET n:%s
      SET n = row
      """;
  private static final String UNLINK = "UNWIND $ids AS id MATCH (:Node {id: id})-[r:OF|IN|CLAIMED_BY|FROM|ASSERTS|ABOUT]->() DELETE r";
  private static final String LINK = """
      UNWIND $rows AS row
      MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
      MERGE (a)-[:%s]->(b)
      """;

  // Facts and claims not stored yet (the batch has just read what is): each is created with its seven
  // relationships by one row of one statement, where the update path below merges each node and each
  // relationship by a statement of its own. The node-id constraint still guards against a concurrent
  // import of the same lines (that batch then fails, and importing again completes it).
  private static final String CREATE = """
      MATCH (o:Node {id: $claimant}), (s:Node {id: $source})
      UNWIND $rows AS row
      MATCH (a:Node {id: row.first}), (b:Node {id: row.second})
      CREATE (f:Node:%s)
      SET f = row.fact
      CREATE (c:Node:Claim)
      SET c = row.claim
      CREATE (f)-[:OF]->(a), (f)-[:IN]->(b), (c)-[:CLAIMED_BY]->(o), (c)-[:FROM]->(s), (c)-[:ASSERTS]->(f), (c)-[:ABOUT]->(a)
      WITH a, b, c WHERE a <> b
      CREATE (c)-[:ABOUT]->(b)
      """;

  BatchWritten write(TransactionContext tx, List<Pending> batch, FtmOrigin origin) {
    var parties = parties(tx, batch);
    var claimant = FtmLinkRows.claimant(origin);
    var rejections = new ArrayList<Rejection>();
    var facts = new LinkedHashMap<String, Map<String, Object>>();
    var factLabels = new HashMap<String, String>();
    var claims = new LinkedHashMap<String, Map<String, Object>>();
    for (var p : batch) {
      var link = p.link();
      var from = parties.get(link.from());
      var to = parties.get(link.to());
      if (from == null || to == null) {
        rejections.add(Rejection.atLine(p.line(), link.ftmId(), missing(link, from == null, to == null)));
        continue;
      }
      var role = link.shape().isRole() && from.person() && to.organisation();
      var fact = role ? FtmLinkRows.role(link, from, to, origin) : FtmLinkRows.tie(link, from, to, origin);
      var factId = (String) fact.get("id");
      facts.put(factId, fact);
      factLabels.put(factId, role ? "Role" : "Tie");
      claims.put(factId, FtmLinkRows.claim(link, factId, from, to, (String) claimant.get("id"), origin));
    }
    var stored = stored(tx, facts.keySet(), claims.values());
    var changed = new ArrayList<String>();
    var fresh = new ArrayList<String>();
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    for (var e : facts.entrySet()) {
      var claim = claims.get(e.getKey());
      var wasFact = stored.get(e.getKey());
      var wasClaim = stored.get((String) claim.get("id"));
      if (e.getValue().equals(wasFact) && claim.equals(wasClaim)) {
        unchanged++;
        continue;
      }
      if (wasFact == null) {
        created++;
      } else {
        updated++;
      }
      (wasFact == null && wasClaim == null ? fresh : changed).add(e.getKey());
    }
    if (!changed.isEmpty() || !fresh.isEmpty()) {
      tx.run(FtmOrigin.WRITE, Map.of("source", origin.source())).consume();
      tx.run(CLAIMANT, Map.of("claimant", claimant)).consume();
    }
    if (!fresh.isEmpty()) {
      var rows = new HashMap<String, List<Map<String, Object>>>();
      for (var factId : fresh) {
        var fact = facts.get(factId);
        rows.computeIfAbsent(factLabels.get(factId), l -> new ArrayList<>()).add(Map.of("fact", fact, "claim", claims.get(factId),
            "first", party(fact, true), "second", party(fact, false)));
      }
      rows.forEach((label, list) -> tx.run(CREATE.formatted(label),
          Map.of("rows", list, "claimant", claimant.get("id"), "source", origin.sourceId())).consume());
    }
    if (!changed.isEmpty()) {
      var factRows = new HashMap<String, List<Map<String, Object>>>();
      var claimRows = new ArrayList<Map<String, Object>>();
      var ids = new ArrayList<String>();
      var links = new LinkedHashMap<RelationshipType, List<Map<String, Object>>>();
      for (var factId : changed) {
        var fact = facts.get(factId);
        var claim = claims.get(factId);
        var claimId = claim.get("id");
        factRows.computeIfAbsent(factLabels.get(factId), l -> new ArrayList<>()).add(fact);
        claimRows.add(claim);
        ids.add(factId);
        ids.add((String) claimId);
        var first = party(fact, true);
        var second = party(fact, false);
        link(links, RelationshipType.OF, factId, first);
        link(links, RelationshipType.IN, factId, second);
        link(links, RelationshipType.CLAIMED_BY, claimId, claim.get("claimant"));
        link(links, RelationshipType.FROM, claimId, claim.get("source"));
        link(links, RelationshipType.ASSERTS, claimId, factId);
        link(links, RelationshipType.ABOUT, claimId, first);
        link(links, RelationshipType.ABOUT, claimId, second);
      }
      factRows.forEach((label, rows) -> tx.run(FACTS.formatted(label), Map.of("rows", rows)).consume());
      tx.run(FACTS.formatted("Claim"), Map.of("rows", claimRows)).consume();
      tx.run(UNLINK, Map.of("ids", ids)).consume();
      links.forEach((type, rows) -> tx.run(LINK.formatted(type.name()), Map.of("rows", rows)).consume());
    }
    if (!changed.isEmpty() || !fresh.isEmpty()) {
      // The batch's facts and claims only, not the source: refreshing a source reads every claim it holds,
      // once per batch, and an import leaves the source's restriction as it was.
      var ids = new ArrayList<String>();
      java.util.stream.Stream.concat(fresh.stream(), changed.stream()).forEach(factId -> {
        ids.add(factId);
        ids.add((String) claims.get(factId).get("id"));
      });
      Restrictions.refreshNodes(tx, ids);
    }
    return new BatchWritten(created, updated, unchanged, rejections);
  }

  /** A fact's first party (a role's person, a tie's from) or its second (a role's organisation, a tie's to). */
  private static Object party(Map<String, Object> fact, boolean first) {
    var role = fact.containsKey("person");
    return fact.get(first ? (role ? "person" : "from") : (role ? "organisation" : "to"));
  }

  /** The parties of the batch found in the graph, by FollowTheMoney id. */
  private static Map<String, Party> parties(TransactionContext tx, List<Pending> batch) {
    var refs = new LinkedHashMap<String, Map<String, Object>>();
    for (var p : batch) {
      for (var ftmId : List.of(p.link().from(), p.link().to())) {
        refs.computeIfAbsent(ftmId, id -> Map.of("ftmId", id, "candidates", List.of(id,
            FtmEntities.casegraphId("person", id), FtmEntities.casegraphId("org", id)).stream().distinct().toList()));
      }
    }
    var found = new HashMap<String, Party>();
    tx.run(Restrictions.forViewer(PARTIES), Map.of("refs", List.copyOf(refs.values()))).forEachRemaining(r ->
        found.put(r.get("ftmId").asString(), new Party(r.get("id").asString(), r.get("name").asString(),
            r.get("person").asBoolean(), r.get("organisation").asBoolean())));
    return found;
  }

  private static Map<String, Map<String, Object>> stored(TransactionContext tx, java.util.Collection<String> factIds,
      java.util.Collection<Map<String, Object>> claims) {
    var ids = new ArrayList<>(factIds);
    claims.forEach(c -> ids.add((String) c.get("id")));
    var stored = new HashMap<String, Map<String, Object>>();
    tx.run(STORED, Map.of("ids", ids)).forEachRemaining(r -> stored.put(r.get("id").asString(), r.get("properties").asMap()));
    return stored;
  }

  static String missing(FtmLinks.Link link, boolean from, boolean to) {
    var shape = link.shape();
    var which = from && to
        ? "neither %s '%s' nor %s '%s' is".formatted(shape.from, link.from(), shape.to, link.to())
        : from ? "%s '%s' is not".formatted(shape.from, link.from()) : "%s '%s' is not".formatted(shape.to, link.to());
    return which + " in this file or in the graph (or its line was rejected): import the entity first, or in the same file";
  }

  private static void link(Map<RelationshipType, List<Map<String, Object>>> links, RelationshipType type, Object from, Object to) {
    links.computeIfAbsent(type, t -> new ArrayList<>()).add(Map.of("from", from, "to", to));
  }

}
