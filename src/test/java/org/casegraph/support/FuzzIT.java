package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated malformed and hostile requests, sent with an EDITOR token (broken JSON, deep
 * nesting, huge and odd strings, invalid ids, dates, cursors and sizes, full-text and Cypher
 * metacharacters, in queries and in writes): none gets a 5xx, a server-side failure or a glimpse of
 * the server's insides, the service keeps answering, and the graph is unchanged.
 */
class FuzzIT extends ApiIT {

  private static final int REQUESTS = 2_000;
  private static final String GRAPH_FINGERPRINT = """
      MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS properties
      RETURN nodes * 1000000 + properties + COUNT { ()-[]->() } * 7919
      """;
  private static final Pattern INTERNALS = Pattern.compile(
      "\\bat [\\w$.]+\\([^)]*\\)|\\b(?:java|org|com|io|graphql|reactor)\\.[a-z]\\w*\\.\\w+|[A-Z]\\w*Exception\\b|\\bMATCH\\b|\\bUNWIND\\b|\\w+Value\\{");

  private static final String[] HOSTILE = {
      "", " ", "\\", "\"", "'", "`", "') RETURN 1 //", "\" OR 1=1 --", "MATCH (n) DETACH DELETE n", "*:*", "~", "^2",
      "name:x AND", "((((", "]]]]", "{}", "$param", "\u0000", "\u202Emaduro", "\u200B\u200Btocoron", "\uD800", "🙂🙂",
      "Nicolás\u0301\u0301\u0301", "person:", "person:../../etc", ":", "claim:" + "x".repeat(300), "2024-13", "2024-02-30",
      "0000", "9999-99-99", "-1", "NaN", "null", "x".repeat(5_000)};
  private static final String[] FIELDS = {
      "node(id: %s) { id }", "search(text: %s) { score }", "people(name: %s) { totalCount }", "people(after: %s) { totalCount }",
      "charges(offence: %s) { totalCount }", "claims(claimant: %s) { totalCount }", "events(from: %s) { totalCount }",
      "timeline(of: %s) { id }", "neighbourhood(of: %s) { truncated }", "contradictions(about: %s) { reason }",
      "shortestPath(from: %s, to: \"prison:tocoron\") { length }", "prisons(region: %s) { totalCount }"};
  /** Writes that hostile values must never get through: each also names something that does not exist, or needs ADMIN. */
  private static final String[] WRITES = {
      "recordClaim(input: {id: \"claim:fuzz\", statement: %s, claimant: \"org:foro-penal\", source: \"source:nowhere\"}) { id }",
      "recordClaim(input: {id: %s, statement: \"S.\", claimant: \"person:nobody\", source: \"source:nowhere\"}) { id }",
      "upsertDetention(input: {id: %s, person: \"person:nobody\"}) { id }",
      "upsertPerson(input: {id: %s, name: %1$s, birthDate: \"2024-02-30\"}) { id }",
      "linkClaims(claim: %s, link: SUPPORTS, other: \"claim:nowhere\") { id }",
      "deleteNode(id: %s)", "mergeEntities(keep: %s, duplicate: \"person:alfredo-romero\") { id }",
      "importData(format: FTM, content: %s) { written }", "createToken(name: %s, access: [ADMIN]) { secret }"};
  private static final String[] NUMBERS = {"0", "-1", "1000", "2147483648", "1e9", "\"5\"", "null", "1.5"};
  private static final String[] SIZED = {"people(first: %s) { totalCount }", "search(text: \"maduro\", first: %s) { score }",
      "neighbourhood(of: \"prison:tocoron\", depth: %s) { truncated }", "shortestPath(from: \"person:alfredo-romero\", to: \"prison:tocoron\", maxHops: %s) { length }",
      "stats(first: %s) { claimants { claims } }"};


  record Outcome(int status, String body) {}

  @Test
  void shouldSurviveThousandsOfHostileRequestsWithoutA5xxALeakOrAChange() throws Exception {
    var before = TestDatabase.count(GRAPH_FINGERPRINT);
    var random = new Random(20241116);
    var statuses = new java.util.TreeMap<Integer, Integer>();
    try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      for (int i = 0; i < REQUESTS; i++) {
        var body = body(random);
        var outcome = send(client, body);
        statuses.merge(outcome.status(), 1, Integer::sum);
        assertThat(outcome.status()).as("status for %s", abbreviate(body)).isLessThan(500);
        assertThat(withoutEchoedInput(outcome.body())).as("answer to %s", abbreviate(body))
            .doesNotContainPattern(INTERNALS).doesNotContain("INTERNAL_ERROR");
      }
      System.out.printf("%d hostile requests, answered with statuses %s%n", REQUESTS, statuses);
      var normal = send(client, "{\"query\":\"{ sources { totalCount } }\"}");
      assertThat(normal.status()).isEqualTo(200);
      assertThat(normal.body()).contains("\"totalCount\":1");
    }
    assertThat(TestDatabase.count(GRAPH_FINGERPRINT)).isEqualTo(before);
  }

  private static String body(Random random) {
    return switch (random.nextInt(7)) {
      case 6 -> json("mutation { " + WRITES[random.nextInt(WRITES.length)].formatted(literal(pick(random, HOSTILE))) + " }");
      case 0 -> json("{ " + FIELDS[random.nextInt(FIELDS.length)].formatted(literal(pick(random, HOSTILE))) + " }");
      case 1 -> "{\"query\":\"query($v: String!) { search(text: $v) { score } }\",\"variables\":{\"v\":" + literal(pick(random, HOSTILE)) + "}}";
      case 2 -> json("{ " + SIZED[random.nextInt(SIZED.length)].formatted(pick(random, NUMBERS)) + " }");
      case 3 -> json("{ node(id: \"claim:romero-50-released-tocoron\") { ... on Claim { "
          + "supports { ".repeat(1 + random.nextInt(60)) + "id" + closing(random) + " } } }");
      case 4 -> brokenJson(random);
      default -> json(mangled(random));
    };
  }

  private static String closing(Random random) {
    return " }".repeat(random.nextInt(62));
  }

  private static String brokenJson(Random random) {
    var options = List.of("", "{", "}", "[]", "null", "{\"query\": 5}", "{\"query\": \"{ sources { totalCount } }\"",
        "{\"query\": \"{ sources { totalCount } }\", \"variables\": \"x\"}", "{\"variables\": {}}", "\u0000\u0001",
        "{\"query\": \"" + "{".repeat(5_000) + "\"}", "{\"query\": \"{ sources { totalCount } }\", \"operationName\": 7}");
    return options.get(random.nextInt(options.size()));
  }

  /** A valid query with characters dropped, doubled or swapped. */
  private static String mangled(Random random) {
    var query = new StringBuilder("{ claims(first: 3, claimant: \"org:foro-penal\") { edges { node { statement claimant { name } } } } }");
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      var at = random.nextInt(query.length());
      switch (random.nextInt(3)) {
        case 0 -> query.deleteCharAt(at);
        case 1 -> query.insert(at, query.charAt(at));
        default -> query.setCharAt(at, "{}()[]:$!@\"\\#,.".charAt(random.nextInt(15)));
      }
    }
    return query.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A GraphQL or JSON string literal holding the value. */
  private static String literal(String value) {
    var escaped = new StringBuilder("\"");
    for (var c : value.toCharArray()) {
      escaped.append(switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        default -> c < 0x20 || Character.isSurrogate(c) ? "\\u%04x".formatted((int) c) : String.valueOf(c);
      });
    }
    return escaped.append('"').toString();
  }

  private static String json(String query) {
    return "{\"query\":" + literal(query) + "}";
  }

  private Outcome send(HttpClient client, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .header("Authorization", TestTokens.EDITOR.bearer())
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    var response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Outcome(response.statusCode(), response.body());
  }

  /** An answer may quote the input it refuses ("no node with id 'MATCH …'"); only the rest must hold no internals. */
  private static String withoutEchoedInput(String answer) {
    for (var value : HOSTILE) {
      if (value.length() > 3) {
        answer = answer.replace(value, "");
      }
    }
    return answer;
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
