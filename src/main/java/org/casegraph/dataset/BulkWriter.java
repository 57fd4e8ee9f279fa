package org.casegraph.dataset;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.casegraph.security.Restrictions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.stereotype.Service;

/**
 * Writes a large data set, such as a generated graph, in transactions of a few thousand rows: every
 * node first, then every relationship, so that each relationship finds both of its ends. The data set
 * passes the checks an import makes (references, provenance, ids, dates) before anything is written.
 * Unlike an import it is not all-or-nothing: a failure part-way keeps the batches already committed,
 * and since every row is merged by id, writing the same data set again completes the graph.
 */
@Service
public class BulkWriter {

  public static final int DEFAULT_BATCH_SIZE = 5_000;

  private final Driver driver;
  private final DatasetValidator validator;
  private final DatasetWriter graph;

  BulkWriter(Driver driver, DatasetValidator validator, DatasetWriter graph) {
    this.driver = driver;
    this.validator = validator;
    this.graph = graph;
  }

  /**
   * @param progress told, after each label and each relationship type, what was written and how fast
   * @throws InvalidDatasetException listing every problem, with nothing written
   */
  public LoadReport write(Dataset dataset, int batchSize, Consumer<String> progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
    }
    var started = System.nanoTime();
    var problems = validator.check(dataset, graph);
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    var rows = Rows.of(dataset);
    var tally = new Tally();
    try (var session = driver.session()) {
      rows.nodes.forEach((label, list) -> tally.nodes += writeAll(session, DatasetWriter.mergeNodes(label), list,
          batchSize, tally, label.name().toLowerCase(Locale.ROOT) + " nodes", progress));
      rows.links.forEach((type, list) -> tally.relationships += writeAll(session, DatasetWriter.mergeLinks(type), list,
          batchSize, tally, type.name() + " relationships", progress));
      session.executeWriteWithoutResult(tx -> Restrictions.refresh(tx, rows.sourceIds()));
    }
    return new LoadReport(dataset.counts(), tally.nodes, tally.relationships, tally.nodesCreated,
        tally.relationshipsCreated, tally.transactions, Duration.ofNanos(System.nanoTime() - started));
  }

  private static int writeAll(Session session, String cypher, List<Map<String, Object>> rows, int batchSize,
      Tally tally, String what, Consumer<String> progress) {
    var started = System.nanoTime();
    for (int from = 0; from < rows.size(); from += batchSize) {
      var batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
      var counters = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume().counters());
      tally.add(counters);
    }
    var seconds = (System.nanoTime() - started) / 1e9;
    progress.accept(String.format(Locale.ROOT, "%,d %s in %.1f s (%,.0f/s)", rows.size(), what, seconds,
        rows.size() / Math.max(seconds, 1e-9)));
    return rows.size();
  }

  private static final class Tally {
    long nodes;
    long relationships;
    long nodesCreated;
    long relationshipsCreated;
    int transactions;

    void add(SummaryCounters counters) {
      nodesCreated += counters.nodesCreated();
      relationshipsCreated += counters.relationshipsCreated();
      transactions++;
    }
  }
}
