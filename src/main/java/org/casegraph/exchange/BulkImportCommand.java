package org.casegraph.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casegraph.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine;

/**
 * {@code java -jar casegraph.jar import-bulk --format=ftm [--dataset=…] [--publisher=…] [--url=…] FILE}:
 * builds an empty embedded store from a FollowTheMoney file with Neo4j's bulk importer (the engine of
 * {@code neo4j-admin database import}), then starts it once as the service would (its migrations: constraints
 * and indexes) and records the import in the audit trail. The lines are checked as {@code POST /api/import}
 * checks them, and the store holds what that import would have written. A store holding any graph data,
 * audit record or saved view is refused; its API tokens are carried over.
 */
public final class BulkImportCommand {

  static final String USAGE = "usage: java -jar casegraph.jar import-bulk --format=ftm [--dataset=NAME] [--publisher=NAME] [--url=URL] FILE";

  private BulkImportCommand() {}

  /** Runs the command and answers its exit code: 0 when the store was built, 1 when it was refused or failed. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    var options = Options.parse(args);
    if (options.problem() != null) {
      err.println(options.problem() + "\n" + USAGE);
      return 1;
    }
    var file = Path.of(options.file());
    if (!Files.isReadable(file)) {
      err.println("Cannot read " + file.toAbsolutePath());
      return 1;
    }
    var home = options.dataDirectory().toAbsolutePath();
    var started = System.nanoTime();
    List<Map<String, Object>> tokens;
    try {
      var refusal = BulkStore.refusal(home);
      if (refusal != null) {
        err.println(refusal);
        return 1;
      }
      tokens = BulkStore.tokens(home);
    } catch (RuntimeException e) {
      err.println("Cannot open the store in " + home + ": " + e.getMessage());
      return 1;
    }
    var origin = new FtmOrigin(options.dataset(), options.publisher(), options.url());
    var tally = new Tally(ExchangeFormat.FTM, 1000);
    tally.source = origin.sourceId();
    Path work = null;
    try {
      work = Files.createTempDirectory("casegraph-bulk-");
      List<String> claims;
      List<String> files;
      boolean emptyAliases;
      try (var bulk = new BulkFiles(work); var in = Files.newInputStream(file)) {
        var rows = new FtmBulkRows(origin, bulk, tally, DataSize.ofMegabytes(1));
        rows.read(in);
        tokens.forEach(t -> bulk.node(BulkStore.TOKEN_LABEL, t));
        claims = rows.claimIds();
        emptyAliases = rows.emptyAliases();
        files = bulk.arguments();
      }
      var read = (System.nanoTime() - started) / 1e9;
      out.printf(Locale.ROOT, "Read and checked %,d lines in %.1f s; building the store with Neo4j's importer%n", tally.items, read);
      importer(home, work, files, out, err);
      var report = tally.report(true, null);
      finish(options, home, origin, report, claims.size(), emptyAliases, out);
      var seconds = (System.nanoTime() - started) / 1e9;
      out.println(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(report));
      out.printf(Locale.ROOT, "Done: %,d lines in %.1f s, %,.0f items/s (%,d created, %,d rejected)%n", report.items(), seconds,
          report.items() / seconds, report.created(), report.rejected());
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("The bulk import failed: " + e.getMessage());
      return 1;
    } finally {
      if (work != null) {
        FileSystemUtils.deleteRecursively(work.toFile());
      }
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs Neo4j's importer on the files written, into the store's default database (replacing its empty store). */
  private static void importer(Path home, Path work, List<String> files, PrintStream out, PrintStream err) throws IOException {
    // The database first: each --nodes or --relationships takes every argument after it that is not an option.
    var arguments = new ArrayList<String>(List.of("neo4j", "--id-type=string", "--array-delimiter=U+001F", "--multiline-fields=true",
        "--overwrite-destination=true", "--report-file=" + work.resolve("import.report"), "--threads=" + Runtime.getRuntime().availableProcessors()));
    arguments.addAll(files);
    var context = new ExecutionContext(home, home.resolve("conf"), out, err, new org.neo4j.io.fs.DefaultFileSystemAbstraction());
    var exit = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
    if (exit != 0) {
      var report = work.resolve("import.report");
      throw new IllegalStateException("Neo4j's importer stopped (exit " + exit + ")"
          + (Files.exists(report) ? ": " + Files.readString(report).strip() : ""));
    }
  }

  /**
   * Starts the store once as the service does (its migrations make the constraints and indexes, which are
   * awaited), sets what CSV cannot hold, and records the import in the audit trail.
   */
  private static void finish(Options options, Path home, FtmOrigin origin, ExchangeReport report, int claims, boolean emptyAliases,
      PrintStream out) {
    var started = System.nanoTime();
    var app = new SpringApplication(org.casegraph.CasegraphApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    var args = new ArrayList<>(options.passThrough());
    args.addAll(List.of("--casegraph.command=import-bulk", "--casegraph.seed.enabled=false", "--casegraph.embedded.data-directory=" + home,
        "--logging.level.root=warn", "--spring.main.log-startup-info=false"));
    try (var context = app.run(args.toArray(String[]::new))) {
      out.printf(Locale.ROOT, "Started the store with its migrations in %.1f s%n", (System.nanoTime() - started) / 1e9);
      var driver = context.getBean(Driver.class);
      try (var session = driver.session()) {
        session.run("CALL db.awaitIndexes(3600)").consume();
      }
      out.printf(Locale.ROOT, "Indexes online after %.1f s%n", (System.nanoTime() - started) / 1e9);
      context.getBean(AuditTrail.class).write("importData", (tx, change) -> {
        if (emptyAliases) {
          tx.run("""
              MATCH (n:Entity) WHERE n.importedFrom = $source AND n.aliases IS NULL
              SET n.aliases = [], n.aliasText = ''
              """, Map.of("source", origin.sourceId())).consume();
        }
        change.summary("Imported FollowTheMoney entities and relationships (%s) in bulk, lines 1 to %d: %d created, 0 updated, 0 unchanged, %d rejected (%d claims)"
            .formatted(origin.dataset(), report.items(), report.created(), report.rejected(), claims));
        return null;
      });
    }
  }

  /** The command line: the file, the import's options, and any other {@code --setting=value} for the start. */
  record Options(@Nullable String problem, String file, String dataset, @Nullable String publisher, @Nullable String url,
      Path dataDirectory, List<String> passThrough) {

    static Options parse(String[] args) {
      String format = null;
      String dataset = Exchange.DEFAULT_DATASET;
      String publisher = null;
      String url = null;
      String env = System.getenv("CASEGRAPH_DATA");
      var data = Path.of(env == null || env.isBlank() ? "data/neo4j" : env);
      var files = new ArrayList<String>();
      var passThrough = new ArrayList<String>();
      String uri = System.getenv("NEO4J_URI");
      for (var arg : args) {
        if (arg.equals("import-bulk")) {
          continue;
        }
        var eq = arg.indexOf('=');
        var name = arg.startsWith("--") && eq > 0 ? arg.substring(2, eq) : null;
        var value = eq > 0 ? arg.substring(eq + 1).strip() : "";
        switch (name) {
          case null -> files.add(arg);
          case "format" -> format = value.toLowerCase(Locale.ROOT);
          case "dataset" -> dataset = value;
          case "publisher" -> publisher = value.isBlank() ? null : value;
          case "url" -> url = value.isBlank() ? null : value;
          case "casegraph.embedded.data-directory" -> data = Path.of(value);
          case "spring.neo4j.uri" -> uri = value;
          default -> passThrough.add(arg);
        }
      }
      String problem = null;
      if (!"ftm".equals(format)) {
        problem = "import-bulk reads FollowTheMoney lines only: give --format=ftm (a data set is imported with import)";
      } else if (files.size() != 1) {
        problem = "name one file";
      } else if (dataset.isBlank() || dataset.length() > 200) {
        problem = "--dataset is a name of at most 200 characters";
      } else if (uri != null && !uri.isBlank() && !uri.equals("embedded")) {
        problem = "import-bulk builds the embedded store (CASEGRAPH_DATA); for a Neo4j server (" + uri
            + ") use neo4j-admin database import there, or import with POST /api/import";
      }
      return new Options(problem, files.isEmpty() ? "" : files.getFirst(), dataset.strip(), publisher, url, data, passThrough);
    }
  }
}
