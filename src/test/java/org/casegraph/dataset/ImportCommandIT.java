package org.casegraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casegraph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's import command, run as a user runs it: {@code java -jar target/casegraph.jar import FILE}. */
class ImportCommandIT {

  private static final Path JAR = Path.of("target/casegraph.jar");

  record Run(int exitCode, String output) {}

  @BeforeEach
  @AfterEach
  void clear() {
    TestDatabase.clear();
  }

  @Test
  void shouldImportTheArticleAndSayWhatItDidThenNothingTheSecondTime() throws Exception {
    var article = Path.of("src/main/resources/datasets/venezuela-post-election-releases.json");

    var first = importCommand(article);
    var second = importCommand(article);

    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.output()).contains("73 nodes and");
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(second.output()).contains("already imported, nothing changed");
    assertThat(TestDatabase.count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(40);
  }

  @Test
  void shouldExitWithAnErrorListingEveryProblemOfABadFile() throws Exception {
    var run = importCommand(Path.of("src/test/resources/datasets/broken.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("nothing was imported", "$.claims[0].claimant", "$.people[1].id",
        "$.sources[0].publishedOn");
    assertThat(TestDatabase.count("MATCH (n:Node) RETURN count(n)")).isZero();
  }

  private static Run importCommand(Path file) throws IOException, InterruptedException {
    var java = ProcessHandle.current().info().command().orElse("java");
    var log = Files.createTempFile("import", ".log");
    var builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "import", file.toString()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("NEO4J_URI", TestDatabase.uri());
    builder.environment().put("NEO4J_PASSWORD", TestDatabase.password());
    var process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the import command did not finish in 3 minutes");
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
