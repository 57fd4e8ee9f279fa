package org.casegraph.exchange;

import java.util.List;
import java.util.function.Function;

/**
 * One section of an export: the Cypher that reads its items, for a list of ids in order, each as a map, and the keys of
 * an item in the order they are written. Items refer only to nodes the same export writes.
 */
enum ExportSection {
  SOURCES("sources", "Source", s -> s.match("n", "Source") + " AND " + Visibility.source("n") + "\n" + """
       RETURN n {.id, .title, .publisher, .url, .publishedOn, .publishedOnInferred, .note, .restricted} AS item""",
      "id", "title", "publisher", "url", "publishedOn", "publishedOnInferred", "note", "restricted"),
  PEOPLE("people", "Person", s -> s.match("n", "Person") + " AND " + Visibility.node("n") + "\n" + """
       RETURN n {.id, .name, .aliases, .description, .nationality, .birthDate, .ftmId, .ftmSchema} AS item""",
      "id", "name", "aliases", "description", "nationality", "birthDate"),
  ORGANISATIONS("organisations", "Organisation", s -> s.match("n", "Organisation") + " AND " + Visibility.node("n") + "\n" + """
       RETURN n {.id, .name, .aliases, .description, .category, .country, .ftmId, .ftmSchema} AS item""",
      "id", "name", "aliases", "description", "category", "country"),
  PRISONS("prisons", "Prison", s -> s.match("n", "Prison") + " AND " + Visibility.node("n") + "\n" + """
       RETURN n {.id, .name, .aliases, .description, .region, .country} AS item""",
      "id", "name", "aliases", "description", "region", "country"),
  EVENTS("events", "Event", s -> s.match("n", "Event") + " AND " + s.fact("n", "n.id") + "\n" + """
       RETURN n {.id, .kind, .title, .date,
         prison: head(COLLECT { MATCH (n)-[:AT]->(p:Prison) WITH p.id AS id WHERE %s RETURN id ORDER BY id }),
         participants: COLLECT { MATCH (x:Entity)-[r:PARTICIPATED_IN]->(n) WITH x.id AS id, r.role AS role WHERE %s
                                 RETURN {entity: id, role: role} AS p ORDER BY id, role },
         count: %s} AS item""".formatted(s.has("id"), s.has("id"), quantity("count")),
      "id", "kind", "title", "date", "prison", "participants", "count"),
  CHARGES("charges", "Charge", s -> s.match("n", "Charge") + " AND " + s.fact("n", "n.id") + "\n" + """
       RETURN n {.id, .offence,
         defendants: COLLECT { MATCH (n)-[:AGAINST]->(p:Person) WITH p.id AS id WHERE %s RETURN id ORDER BY id },
         defendantCount: %s, .filedOn} AS item""".formatted(s.has("id"), quantity("defendantCount")),
      "id", "offence", "defendants", "defendantCount", "filedOn"),
  DETENTIONS("detentions", "Detention", s -> s.match("n", "Detention") + " AND " + s.fact("n", "n.id") + "\n" + """
       RETURN n {.id,
         person: head(COLLECT { MATCH (n)-[:OF]->(p:Person) RETURN p.id ORDER BY p.id }),
         prison: head(COLLECT { MATCH (n)-[:AT]->(p:Prison) WITH p.id AS id WHERE %s RETURN id ORDER BY id }),
         .since, .until,
         charges: COLLECT { MATCH (n)-[:ON_CHARGE]->(c:Charge) WITH c, c.id AS id WHERE %s RETURN id ORDER BY id }} AS item"""
          .formatted(s.has("id"), s.fact("c", "id")),
      "id", "person", "prison", "since", "until", "charges"),
  ROLES("roles", "Role", s -> s.match("n", "Role") + " AND " + s.fact("n", "n.id") + "\n" + """
       RETURN n {.id,
         person: head(COLLECT { MATCH (n)-[:OF]->(p:Person) RETURN p.id ORDER BY p.id }),
         organisation: head(COLLECT { MATCH (n)-[:IN]->(o:Organisation) RETURN o.id ORDER BY o.id }),
         personFtmId: head(COLLECT { MATCH (n)-[:OF]->(p:Person) RETURN coalesce(p.ftmId, p.id) ORDER BY p.id }),
         organisationFtmId: head(COLLECT { MATCH (n)-[:IN]->(o:Organisation) RETURN coalesce(o.ftmId, o.id) ORDER BY o.id }),
         .title, .since, .until, .ftmId, .ftmSchema, claim: %s} AS item""".formatted(provenance(s)),
      "id", "person", "organisation", "title", "since", "until"),
  TIES("ties", "Tie", s -> s.match("n", "Tie") + " AND " + s.fact("n", "n.id") + "\n" + """
       RETURN n {.id, .kind,
         from: head(COLLECT { MATCH (n)-[:OF]->(x:Entity) RETURN x.id ORDER BY x.id }),
         to: head(COLLECT { MATCH (n)-[:IN]->(x:Entity) RETURN x.id ORDER BY x.id }),
         .relationship, .percentage, .since, .until, .ftmId, .ftmSchema,
         fromFtmId: head(COLLECT { MATCH (n)-[:OF]->(x:Entity) RETURN coalesce(x.ftmId, x.id) ORDER BY x.id }),
         toFtmId: head(COLLECT { MATCH (n)-[:IN]->(x:Entity) RETURN coalesce(x.ftmId, x.id) ORDER BY x.id }),
         claim: %s} AS item""".formatted(provenance(s)),
      "id", "kind", "from", "to", "relationship", "percentage", "since", "until"),
  CLAIMS("claims", "Claim", s -> s.match("n", "Claim") + " AND " + s.claim("n", "n.id") + "\n" + """
       RETURN n {.id, .statement, .quote,
         claimant: head(COLLECT { MATCH (n)-[:CLAIMED_BY]->(x:Entity) RETURN x.id ORDER BY x.id }),
         source: head(COLLECT { MATCH (n)-[:FROM]->(x:Source) RETURN x.id ORDER BY x.id }),
         .claimedOn,
         subjects: COLLECT { MATCH (n)-[:ABOUT]->(x:Entity) WITH x.id AS id WHERE %s RETURN id ORDER BY id },
         event: head(COLLECT { MATCH (n)-[:REPORTS]->(e:Event) WITH e, e.id AS id WHERE %s RETURN id ORDER BY id }),
         quantity: %s,
         asserts: COLLECT { MATCH (n)-[:ASSERTS]->(f:Node) WITH f, f.id AS id WHERE %s RETURN id ORDER BY id },
         supports: COLLECT { MATCH (n)-[:SUPPORTS]->(c:Claim) WITH c, c.id AS id WHERE %s RETURN id ORDER BY id },
         contradicts: COLLECT { MATCH (n)-[:CONTRADICTS]->(c:Claim) WITH c, c.id AS id WHERE %s RETURN id ORDER BY id }} AS item"""
          .formatted(s.has("id"), s.fact("e", "id"), quantity("quantity"), s.fact("f", "id"), s.claim("c", "id"),
              s.claim("c", "id")),
      "id", "statement", "quote", "claimant", "source", "claimedOn", "subjects", "event", "quantity", "asserts",
      "supports", "contradicts");

  final String name;
  final String label;
  private final Function<ExportScope, String> query;
  final List<String> keys;

  ExportSection(String name, String label, Function<ExportScope, String> query, String... keys) {
    this.name = name;
    this.label = label;
    this.query = query;
    this.keys = List.of(keys);
  }

  String query(ExportScope scope) {
    return query.apply(scope);
  }

  /**
   * The provenance a FollowTheMoney line of a fact carries: from one claim a reader may see that asserts it,
   * the one its import wrote when there is one.
   */
  private static String provenance(ExportScope s) {
    return """
        head(COLLECT { MATCH (pc:Claim)-[:ASSERTS]->(n) WITH pc, pc.id AS id WHERE %s
                       RETURN pc {.quote, .sourceUrl, .ftmDate, .ftmModifiedAt, .ftmRecordId} AS c
                       ORDER BY pc.importedFrom IS NULL, id })""".formatted(s.claim("pc", "id"));
  }

  private static String quantity(String key) {
    return "CASE WHEN n.%1$sValue IS NULL THEN null ELSE {value: n.%1$sValue, unit: n.%1$sUnit, qualifier: n.%1$sQualifier} END"
        .formatted(key);
  }
}
