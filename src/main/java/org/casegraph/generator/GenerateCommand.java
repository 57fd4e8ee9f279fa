package org.casegraph.generator;

import java.util.Locale;
import org.casegraph.CasegraphApplication;
import org.casegraph.support.Command;
import org.casegraph.dataset.BulkWriter;
import org.casegraph.dataset.InvalidDatasetException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar casegraph.jar generate [--seed=42] [--people=20000] [--batch-size=5000]}: generates a
 * graph and writes it into the configured database, printing what it wrote and how fast, and exits.
 * Run again with the same seed and size it changes nothing; a database that holds a graph generated
 * with another seed or size is refused, as the two would share ids.
 */
@Component
@ConditionalOnProperty(name = CasegraphApplication.COMMAND, havingValue = "generate")
class GenerateCommand extends Command {

  static final String USAGE = "usage: java -jar casegraph.jar generate [--seed=N] [--people=N] [--batch-size=N]";

  private final BulkWriter writer;
  private final GeneratedGraphs graphs;

  GenerateCommand(BulkWriter writer, GeneratedGraphs graphs) {
    this.writer = writer;
    this.graphs = graphs;
  }

  @Override
  public void run(ApplicationArguments args) {
    long seed;
    int people;
    int batchSize;
    try {
      seed = Long.parseLong(option(args, "seed", Long.toString(GraphGenerator.DEFAULT_SEED)));
      people = Integer.parseInt(option(args, "people", Integer.toString(GraphGenerator.DEFAULT_PEOPLE)));
      batchSize = Integer.parseInt(option(args, "batch-size", Integer.toString(BulkWriter.DEFAULT_BATCH_SIZE)));
    } catch (NumberFormatException e) {
      fail("Not a number: " + e.getMessage() + "\n" + USAGE);
      return;
    }
    if (people < Size.MINIMUM_PEOPLE || batchSize < 1) {
      fail("--people must be at least %d and --batch-size at least 1\n%s".formatted(Size.MINIMUM_PEOPLE, USAGE));
      return;
    }
    var note = GraphGenerator.note(seed, people);
    var existing = graphs.note();
    if (existing != null && !existing.startsWith(note)) {
      fail("The database already holds another generated graph (%s). Generate into an empty database, or use the same seed and size."
          .formatted(existing.substring(0, Math.max(0, existing.indexOf(':')))));
      return;
    }
    System.out.printf(Locale.ROOT, "Generating a graph: seed %d, %,d people%n", seed, people);
    var started = System.nanoTime();
    var dataset = new GraphGenerator(seed, people).generate();
    var items = dataset.counts().values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(Locale.ROOT, "Generated %,d items in %.1f s: %s%n", items, (System.nanoTime() - started) / 1e9, dataset.counts());
    try {
      var report = writer.write(dataset, batchSize, line -> System.out.println("  " + line));
      System.out.println("Done: " + report);
    } catch (InvalidDatasetException e) {
      fail(e.getMessage());
    }
  }

  private static String option(ApplicationArguments args, String name, String otherwise) {
    var values = args.getOptionValues(name);
    return values == null || values.isEmpty() ? otherwise : values.getLast();
  }
}
