package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casegraph.CasegraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import-bulk} builds the store that importing the same FollowTheMoney file through the service builds:
 * the same nodes, labels, properties and relationships (each relationship with its claim), the same report
 * (rejections with their line numbers, counts), the migrations applied and the audit trail in order; and it
 * refuses a store that is not empty.
 */
class BulkImportIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN = "cg_bulkimportitbulkimportitbulkimportit0001";
  private static final List<String> OPTIONS = List.of("--format=ftm", "--dataset=test-sanctions", "--publisher=Test Sanctions");

  @TempDir
  Path directory;

  @Test
  void shouldBuildTheStoreTheStreamedImportBuildsAndRefuseOneThatIsNotEmpty() throws Exception {
    var file = directory.resolve("mixed.ftm.jsonl");
    Files.writeString(file, resource("entities.ftm.jsonl") + resource("relationships.ftm.jsonl"));
    var streamed = directory.resolve("streamed");
    var bulk = directory.resolve("bulk");

    JsonNode streamedReport;
    try (var app = new SpringApplicationBuilder(CasegraphApplication.class).run(settings(streamed, "--server.port=0"))) {
      var port = ((WebServerApplicationContext) app).getWebServer().getPort();
      try (var client = HttpClient.newHttpClient()) {
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/import?format=ftm&dataset=test-sanctions&publisher=Test%20Sanctions"))
            .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        streamedReport = JSON.readTree(response.body());
      }
    }

    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var args = new ArrayList<>(OPTIONS);
    args.add(file.toString());
    args.addAll(List.of(settings(bulk)));
    var exit = BulkImportCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    var bulkReport = JSON.readTree(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());

    for (var field : List.of("items", "created", "updated", "unchanged", "rejected", "rejections", "source")) {
      assertThat(bulkReport.get(field)).as(field).isEqualTo(streamedReport.get(field));
    }
    assertThat(bulkReport.get("created").asInt()).as("entities and relationships created").isGreaterThan(4);
    assertThat(bulkReport.get("rejections").toString()).contains("\"line\":4", "schema 'Vessel' is not imported", "p-ghost");

    var expected = dump(streamed);
    var built = dump(bulk);
    assertThat(built.get("graph")).isEqualTo(expected.get("graph"));
    assertThat(built.get("graph")).anyMatch(n -> n.contains("Claim") && n.contains("Ana Rivas is a member of Foro Justicia: lawyer"));
    assertThat(built.get("migrations")).isEqualTo(expected.get("migrations")).isNotEmpty();
    assertThat(built.get("indexes")).isEqualTo(expected.get("indexes"));
    assertThat(built.get("audit")).containsExactly("importData in order: true");
    assertThat(expected.get("audit")).containsExactly("importData in order: true");
    // As after the import command: the service's first start puts the admin token (here, the one it was given).
    assertThat(expected.get("tokens")).containsExactly("admin");
    assertThat(built.get("tokens")).isEmpty();

    var again = new ByteArrayOutputStream();
    var refused = BulkImportCommand.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(again, true, StandardCharsets.UTF_8));
    assertThat(refused).isOne();
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("is not empty", "import-bulk builds a new store and only into an empty one");
    assertThat(dump(bulk)).as("a refused bulk import leaves the store as it was").isEqualTo(built);
  }

  private static String[] settings(Path store, String... more) {
    var settings = new ArrayList<>(List.of("--spring.neo4j.uri=embedded", "--casegraph.embedded.data-directory=" + store,
        "--casegraph.embedded.bolt-port=0", "--casegraph.seed.enabled=false", "--casegraph.security.admin-token=" + ADMIN));
    settings.addAll(Arrays.asList(more));
    return settings.toArray(String[]::new);
  }

  /** The store in canonical form: each graph node with its labels, properties and outgoing relationships; the rest summed up. */
  private static Map<String, List<String>> dump(Path home) {
    var dbms = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false)
        .setConfig(HttpConnector.enabled, false).setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024).build();
    try {
      var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      var dump = new TreeMap<String, List<String>>();
      dump.put("graph", rows(db, """
          MATCH (n:Node)
          RETURN n.id AS id, [l IN labels(n) | l] AS labels, properties(n) AS properties,
            [(n)-[r]->(m) | type(r) + '->' + m.id] AS out
          ORDER BY id
          """));
      dump.put("migrations", rows(db, "MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum ORDER BY version"));
      dump.put("indexes", rows(db, "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name"));
      dump.put("audit", rows(db, """
          MATCH (s:ChangeSequence {name: 'changes'})
          MATCH (c:Change)
          WITH s, collect(DISTINCT c.action) AS actions, count(c) AS changes, max(c.seq) AS last
          RETURN reduce(a = '', x IN actions | a + x) + ' in order: ' + (s.last = changes AND last = changes) AS audit
          """));
      dump.put("tokens", rows(db, "MATCH (t:ApiToken) RETURN t.name AS name ORDER BY name"));
      return dump;
    } finally {
      dbms.shutdown();
    }
  }

  private static List<String> rows(GraphDatabaseService db, String cypher) {
    return db.executeTransactionally(cypher, Map.of(), result -> result.stream().map(row -> {
      var canonical = new TreeMap<String, Object>();
      // Labels and relationships in any order; every other list (aliases) as it is stored.
      row.forEach((k, v) -> canonical.put(k, k.equals("labels") || k.equals("out")
          ? ((List<?>) v).stream().map(String::valueOf).sorted().toList() : canonical(v)));
      return canonical.size() == 1 ? String.valueOf(canonical.values().iterator().next()) : canonical.toString();
    }).toList());
  }

  private static Object canonical(Object value) {
    return switch (value) {
      case String[] a -> List.of(a);
      case Object[] a -> Arrays.stream(a).map(BulkImportIT::canonical).toList();
      case List<?> l -> l.stream().map(BulkImportIT::canonical).toList();
      case Map<?, ?> m -> {
        var sorted = new TreeMap<String, Object>();
        m.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
        yield sorted;
      }
      case null -> "null";
      default -> value;
    };
  }

  private static String resource(String name) throws Exception {
    try (var in = BulkImportIT.class.getResourceAsStream("/exchange/" + name)) {
      var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.endsWith("\n") ? text : text + "\n";
    }
  }
}
