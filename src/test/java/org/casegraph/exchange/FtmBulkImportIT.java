package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestDatabase;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A large FollowTheMoney file streams through the import in batches: the heap the service holds while it
 * imports does not grow with the number of lines. The figures are printed for the documentation.
 */
class FtmBulkImportIT extends ApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final long MB = 1024 * 1024;


  @TempDir
  Path directory;

  @AfterEach
  void restoreTheArticleOnly() {
    TestDatabase.clear();
  }

  private record Measured(JsonNode report, double seconds, long heapBefore, long liveHeapMax) {
    long growth() {
      return liveHeapMax - heapBefore;
    }
  }

  @Test
  void shouldImportAHundredThousandLinesInMemoryThatDoesNotGrowWithTheFile() throws Exception {
    var small = measure(generate("small", 20_000));
    var again = measure(generate("small", 20_000));
    var large = measure(generate("large", 100_000));

    print("20,000 lines", small);
    print("20,000 lines again", again);
    print("100,000 lines", large);
    assertThat(small.report().get("created").asInt()).isEqualTo(20_000);
    assertThat(again.report().get("created").asInt()).isZero();
    assertThat(again.report().get("unchanged").asInt()).isEqualTo(20_000);
    assertThat(large.report().get("created").asInt()).isEqualTo(100_000);
    assertThat(large.report().get("rejected").asInt()).isZero();
    assertThat(large.report().get("transactions").asInt()).isEqualTo(10);
    assertThat(TestDatabase.count("MATCH (p:Person) WHERE p.importedFrom = 'source:ftm-bulk' RETURN count(p)")).isEqualTo(18_000 + 90_000);
    assertThat(large.growth()).as("live heap growth importing 100,000 lines, against %,d MB for 20,000", small.growth() / MB)
        .isLessThan(small.growth() + 64 * MB);
  }

  /** Imports a file over HTTP while a sampler measures the live heap (after a collection) once a second. */
  private Measured measure(Path file) throws Exception {
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    var before = memory.getHeapMemoryUsage().getUsed();
    var max = new AtomicLong(before);
    var running = new AtomicBoolean(true);
    var sampler = Thread.ofPlatform().daemon().start(() -> {
      while (running.get()) {
        System.gc();
        max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    var started = System.nanoTime();
    HttpResponse<String> response;
    try (var client = HttpClient.newHttpClient()) {
      response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import?format=ftm&dataset=bulk"))
          .header("Authorization", TestTokens.ADMIN.bearer())
          .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    } finally {
      running.set(false);
      sampler.join();
    }
    var seconds = (System.nanoTime() - started) / 1e9;
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new Measured(JSON.readTree(response.body()), seconds, before, max.get());
  }

  /** People, one in ten of them an organisation, some with ids the import has to turn into slugs. */
  private Path generate(String name, int lines) throws Exception {
    var file = directory.resolve(name + ".ftm.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines; i++) {
        var id = (i % 3 == 0 ? "NK-" : "gen-") + name + "-" + i;
        if (i % 10 == 9) {
          out.write("""
              {"id": "%s", "schema": "Company", "properties": {"name": ["Compañía %d S.A."], "alias": ["C%d"], "jurisdiction": ["ve"]}}
              """.formatted(id, i, i));
        } else {
          out.write("""
              {"id": "%s", "schema": "Person", "properties": {"name": ["Persona Número %d"], "alias": ["P. %d", "N. %d"], "birthDate": ["19%02d-%02d-%02d"], "nationality": ["ve"], "notes": ["Generated for a load test."]}}
              """.formatted(id, i, i, i, i % 100, i % 12 + 1, i % 28 + 1));
        }
      }
    }
    return file;
  }

  private static void print(String what, Measured m) {
    System.out.println(String.format(Locale.ROOT,
        "FtM import of %s: %.1f s, %,.0f lines/s, %d transactions; live heap before %,d MB, at most %,d MB during (growth %,d MB)",
        what, m.seconds(), m.report().get("items").asLong() / m.seconds(), m.report().get("transactions").asInt(),
        m.heapBefore() / MB, m.liveHeapMax() / MB, m.growth() / MB));
  }
}
