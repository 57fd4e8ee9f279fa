package org.casegraph.bench;

import static org.casegraph.bench.Json.at;
import static org.casegraph.bench.Json.list;
import static org.casegraph.bench.Json.map;
import static org.casegraph.bench.Json.object;
import static org.casegraph.bench.Json.only;
import static org.casegraph.bench.Json.sorted;
import static org.casegraph.bench.Json.string;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casegraph.support.Folding;

/** The questions of the benchmark, in the order the tables list them: eight reads, then two writes. */
final class Questions {

  private Questions() {}

  static final List<Question> READS = List.of(
      new Question("lookup", "lookup by id",
          "query($id: ID!) { node(id: $id) { id ... on Person { name aliases nationality birthDate } } }",
          "query($id: ID!) { people(where: {id: {eq: $id}}) { id name aliases nationality birthDate } }",
          p -> Map.of("id", p.person()),
          data -> person(at(data, "node")),
          data -> person(only(data, "people"))),

      new Question("nested", "2-hop nested: detentions and prison, charges and their claims",
          """
          query($id: ID!) { node(id: $id) { id ... on Person {
            detentions { id since until prison { id name } }
            charges { id offence claims { id statement } } } } }""",
          """
          query($id: ID!) { people(where: {id: {eq: $id}}) { id
            detentions(sort: [{id: ASC}]) { id since until prison { id name } }
            charges(sort: [{id: ASC}]) { id offence claims(sort: [{id: ASC}]) { id statement } } } }""",
          p -> Map.of("id", p.person()),
          data -> nested(at(data, "node"), false),
          data -> nested(only(data, "people"), true)),

      new Question("page", "people held in the biggest prison: a page of 20 by id, with totalCount",
          """
          query($prison: ID!) { people(prison: $prison, first: 20) {
            totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }""",
          """
          query($prison: ID!) { peopleConnection(first: 20, sort: [{id: ASC}],
              where: {detentions: {some: {prison: {some: {id: {eq: $prison}}}}}}) {
            totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }""",
          p -> Map.of("prison", p.prison()),
          data -> page(at(data, "people")),
          data -> page(at(data, "peopleConnection"))),

      new Question("counts", "detentions counted per prison, for the first 100 prisons",
          "{ prisons(first: 100) { edges { node { id name detentionCount } } } }",
          "{ prisons(sort: [{id: ASC}], limit: 100) { id name detentionsConnection { aggregate { count { nodes } } } } }",
          p -> Map.of(),
          data -> map(data, e -> object("id", string(e, "node", "id"), "name", string(e, "node", "name"),
              "count", at(e, "node", "detentionCount")), "prisons", "edges"),
          data -> map(data, n -> object("id", string(n, "id"), "name", string(n, "name"),
              "count", at(n, "detentionsConnection", "aggregate", "count", "nodes")), "prisons")),

      new Question("claims", "claims made by the busiest organisation, a page of 20 with their sources",
          """
          query($id: ID!) { node(id: $id) { id ... on Organisation {
            claimsMade(first: 20) { totalCount edges { node { id statement source { id title } } } } } } }""",
          """
          query($id: ID!) { organisations(where: {id: {eq: $id}}) { id
            claimsMadeConnection(first: 20, sort: [{node: {id: ASC}}]) {
              totalCount edges { node { id statement source { id title } } } } } }""",
          p -> Map.of("id", p.claimant()),
          data -> claims(at(data, "node", "claimsMade"), false),
          data -> claims(at(only(data, "organisations"), "claimsMadeConnection"), true)),

      new Question("search", "full-text search for a person's name, top 10",
          "query($text: String!) { search(text: $text, kinds: [PERSON], first: 10) { score entity { id name } } }",
          """
          query($phrase: String!) { peopleByName(phrase: $phrase, first: 10, sort: [{score: DESC}]) {
            edges { score node { id name } } } }""",
          p -> Map.of("text", p.personName()),
          data -> hits(map(data, h -> object("id", string(h, "entity", "id"), "name", string(h, "entity", "name"),
              "score", at(h, "score")), "search")),
          data -> hits(map(data, h -> object("id", string(h, "node", "id"), "name", string(h, "node", "name"),
              "score", at(h, "score")), "peopleByName", "edges"))),

      new Question("path", "shortest path from a detainee to the busiest organisation",
          """
          query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) {
            length nodes { id } edges { from to type } } }""",
          "query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) }",
          p -> Map.of("from", p.person(), "to", p.claimant()),
          data -> path(map(data, n -> string(n, "id"), "shortestPath", "nodes")),
          data -> path(peerPathNodes(list(data, "shortestPath")))),

      new Question("neighbourhood", "neighbourhood of depth 2 of a source",
          """
          query($of: ID!) { neighbourhood(of: $of, depth: 2, limit: 500) {
            truncated nodes { id } edges { from to type } } }""",
          "query($of: ID!) { neighbourhood(of: $of, depth: 2, limit: 500) }",
          p -> Map.of("of", p.centre()),
          data -> object("truncated", at(data, "neighbourhood", "truncated"),
              "nodes", sorted(Json.<String>map(data, n -> string(n, "id"), "neighbourhood", "nodes"), Comparator.<String>naturalOrder()),
              "edges", sorted(Json.<String>map(data, e -> string(e, "from") + " " + string(e, "type") + " " + string(e, "to"),
                  "neighbourhood", "edges"), Comparator.<String>naturalOrder())),
          data -> {
            var items = map(data, Object::toString, "neighbourhood");
            return object("truncated", false,
                "nodes", sorted(items.stream().filter(i -> !i.contains(" ")).toList(), Comparator.<String>naturalOrder()),
                "edges", sorted(items.stream().filter(i -> i.contains(" ")).toList(), Comparator.<String>naturalOrder()));
          }));

  /**
   * Each request writes a new node, named by its tag. The peer has no upsert (and no way to write an
   * audit record in the write's transaction); for a new id its generated create writes what the upsert does.
   */
  static final List<Question> WRITES = List.of(
      new Question("recordClaim", "record a claim of the busiest organisation in the busiest source, with its audit record",
          "mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }",
          """
          mutation($id: ID!, $statement: String!, $claimant: ID!, $source: ID!, $claimedOn: String, $claimedOnStart: Date,
              $claimedOnEnd: Date) {
            createClaimWrites(input: [{id: $id, statement: $statement, claimant: $claimant, source: $source,
                claimedOn: $claimedOn, claimedOnStart: $claimedOnStart, claimedOnEnd: $claimedOnEnd,
                claimedBy: {connect: [{where: {node: {id: {eq: $claimant}}}}]},
                sourcedFrom: {connect: [{where: {node: {id: {eq: $source}}}}]}}]) { claimWrites { id } } }""",
          p -> Map.of("input", claimInput(p)),
          data -> at(data, "recordClaim", "id"),
          data -> string(only(data, "createClaimWrites", "claimWrites"), "id"),
          new Question.Write("claim:bench-" + Tags.PLACEHOLDER, p -> {
            var input = new java.util.HashMap<String, Object>(claimInput(p));
            input.put("claimedOnStart", input.get("claimedOn"));
            input.put("claimedOnEnd", input.get("claimedOn"));
            return input;
          })),

      new Question("upsertPerson", "upsert a new person, with its audit record",
          "mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }",
          """
          mutation($id: ID!, $name: String!, $nameKey: String!, $nationality: String) {
            createPersonWrites(input: [{id: $id, name: $name, aliases: [], aliasText: "", nameKey: $nameKey,
                nationality: $nationality}]) { personWrites { id } } }""",
          p -> Map.of("input", personInput()),
          data -> at(data, "upsertPerson", "id"),
          data -> string(only(data, "createPersonWrites", "personWrites"), "id"),
          new Question.Write("person:bench-" + Tags.PLACEHOLDER, p -> {
            var input = new java.util.HashMap<String, Object>(personInput());
            input.put("nameKey", Folding.nameKey((String) input.get("name"), List.of()));
            return input;
          })));

  static final List<Question> ALL = java.util.stream.Stream.concat(READS.stream(), WRITES.stream()).toList();

  private static Map<String, Object> claimInput(Parameters p) {
    return Map.of("id", "claim:bench-" + Tags.PLACEHOLDER, "statement", "Bench claim " + Tags.PLACEHOLDER + ": one more person was released.",
        "claimant", p.claimant(), "source", p.source(), "claimedOn", "2024-11-16");
  }

  private static Map<String, Object> personInput() {
    return Map.of("id", "person:bench-" + Tags.PLACEHOLDER, "name", "Bench person " + Tags.PLACEHOLDER, "nationality", "VE");
  }

  static Question named(String name) {
    return ALL.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
  }

  private static Object person(Object p) {
    return p == null ? null : object("id", string(p, "id"), "name", string(p, "name"),
        "aliases", list(p, "aliases"), "nationality", string(p, "nationality"), "birthDate", string(p, "birthDate"));
  }

  private static Object nested(Object p, boolean peer) {
    if (p == null) {
      return null;
    }
    List<Object> detentions = map(p, d -> {
      var prison = peer ? only(d, "prison") : at(d, "prison");
      return object("id", string(d, "id"), "since", string(d, "since"), "until", string(d, "until"),
          "prison", prison == null ? null : object("id", string(prison, "id"), "name", string(prison, "name")));
    }, "detentions");
    List<Object> charges = map(p, c -> (Object) object("id", string(c, "id"), "offence", string(c, "offence"),
        "claims", sorted(map(c, cl -> object("id", string(cl, "id"), "statement", string(cl, "statement")), "claims"), Json.<Object>byKey("id"))),
        "charges");
    return object("id", string(p, "id"), "detentions", sorted(detentions, Json.<Object>byKey("id")), "charges", sorted(charges, Json.<Object>byKey("id")));
  }

  private static Object page(Object connection) {
    return object("totalCount", at(connection, "totalCount"),
        "people", map(connection, e -> object("id", string(e, "node", "id"), "name", string(e, "node", "name")), "edges"),
        "hasNextPage", at(connection, "pageInfo", "hasNextPage"));
  }

  private static Object claims(Object connection, boolean peer) {
    return object("totalCount", at(connection, "totalCount"),
        "claims", map(connection, e -> {
          var source = peer ? only(e, "node", "source") : at(e, "node", "source");
          return object("id", string(e, "node", "id"), "statement", string(e, "node", "statement"),
              "source", object("id", string(source, "id"), "title", string(source, "title")));
        }, "edges"));
  }

  /**
   * Best first, equal scores by id. Which of several equally scored hits fill the last places is not
   * part of the answer, so the hits at the lowest score count only by number.
   */
  private static Object hits(List<Map<String, Object>> hits) {
    if (hits.isEmpty()) {
      return List.of();
    }
    var lowest = hits.stream().mapToDouble(Questions::score).min().orElseThrow();
    var above = sorted(hits.stream().filter(h -> score(h) > lowest).toList(),
        Comparator.<Map<String, Object>>comparingDouble(h -> -score(h)).thenComparing(h -> (String) h.get("id")));
    return object("above", above, "lowestScore", lowest, "atLowestScore", hits.stream().filter(h -> score(h) == lowest).count());
  }

  private static double score(Map<String, Object> hit) {
    return ((Number) hit.get("score")).doubleValue();
  }

  /** Equally short paths may differ; the answer is the length and the two ends. */
  private static Object path(List<String> nodes) {
    return nodes.isEmpty() ? null : object("length", nodes.size() - 1, "from", nodes.getFirst(), "to", nodes.getLast());
  }

  /** The peer's path alternates node ids and relationship types. */
  private static List<String> peerPathNodes(List<Object> steps) {
    var nodes = new java.util.ArrayList<String>();
    for (int i = 0; i < steps.size(); i += 2) {
      nodes.add(steps.get(i).toString());
    }
    return nodes;
  }
}
