package org.casegraph.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casegraph.support.Folding;
import org.neo4j.driver.Driver;

/**
 * What the questions ask about, chosen from the graph itself so that every size gets comparable
 * questions: a detained and charged person, the biggest prison, the busiest organisation claimant,
 * the source with the largest depth-2 neighbourhood that still fits in one answer (among the
 * first 50, which include the busy election day), and for the writes the source with the most claims
 * that is not restricted.
 */
record Parameters(String person, String personName, String prison, String claimant, String centre, String source) {

  static final int NEIGHBOURHOOD_LIMIT = 500;

  static Parameters discover(Driver driver) {
    var person = first(driver, """
        MATCH (p:Person) WHERE EXISTS { (p)<-[:OF]-(:Detention) } AND EXISTS { (p)<-[:AGAINST]-(:Charge) }
        RETURN p.id ORDER BY p.id LIMIT 1
        """, "MATCH (p:Person) RETURN p.id ORDER BY p.id LIMIT 1");
    var name = driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p.name").withParameters(Map.of("id", person))
        .execute().records().getFirst().get(0).asString();
    var prison = first(driver, """
        MATCH (pr:Prison) RETURN pr.id ORDER BY COUNT { (pr)<-[:AT]-(:Detention) } DESC, pr.id LIMIT 1
        """, null);
    var claimant = first(driver, """
        MATCH (o:Organisation) RETURN o.id ORDER BY COUNT { (o)<-[:CLAIMED_BY]-() } DESC, o.id LIMIT 1
        """, null);
    var centre = first(driver, """
        MATCH (s:Source) WITH s ORDER BY s.id LIMIT 50
        WITH s, COUNT { MATCH (s)-[*0..2]-(x:Node) RETURN DISTINCT x } AS reach WHERE reach < %d
        RETURN s.id ORDER BY reach DESC, s.id LIMIT 1
        """.formatted(NEIGHBOURHOOD_LIMIT), person);
    var source = first(driver, """
        MATCH (s:Source&!Restricted) RETURN s.id ORDER BY COUNT { (s)<-[:FROM]-() } DESC, s.id LIMIT 1
        """, null);
    return new Parameters(person, name, prison, claimant, centre, source);
  }

  /** The full-text query Casegraph's search builds from a text: each word, and near matches of the longer ones. */
  static String luceneQuery(String text) {
    return Arrays.stream(Folding.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
        .map(w -> w.length() < 4 ? w : "(%s^2 OR %s~%d)".formatted(w, w, w.length() < 7 ? 1 : 2))
        .collect(Collectors.joining(" "));
  }

  Map<String, Object> asMap() {
    return Map.of("person", person, "personName", personName, "prison", prison, "claimant", claimant,
        "centre", centre, "source", source);
  }

  private static String first(Driver driver, String cypher, String otherwise) {
    List<org.neo4j.driver.Record> rows = driver.executableQuery(cypher).execute().records();
    if (rows.isEmpty() || rows.getFirst().get(0).isNull()) {
      if (otherwise == null) {
        throw new IllegalStateException("The graph has nothing to ask about: " + cypher);
      }
      return otherwise.startsWith("MATCH") ? first(driver, otherwise, null) : otherwise;
    }
    return rows.getFirst().get(0).asString();
  }
}
