package org.casegraph.generator;

import java.util.Locale;
import org.casegraph.dataset.Dataset;

/**
 * Builds a large, realistic graph as a {@link Dataset} in memory: the same records an imported file
 * becomes, so that it is written with every derived property an import sets. The same seed and size
 * always give the same graph, with the same ids ({@code person:gen-000123}). Everything in it is
 * invented, and every source's note says so.
 */
public final class GraphGenerator {

  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_PEOPLE = 20_000;
  /** The start of every generated id's slug: {@code person:gen-000001}. */
  public static final String ID_PREFIX = "gen-";
  /** The earliest generated source; its note names the seed and size of the graph in a database. */
  public static final String FIRST_SOURCE = "source:" + ID_PREFIX + "000001";

  private final long seed;
  private final Size size;

  public GraphGenerator(long seed, int people) {
    this.seed = seed;
    this.size = Size.of(people);
  }

  public Size size() {
    return size;
  }

  public Dataset generate() {
    var draft = new Draft(seed, size);
    Organisations.add(draft);
    Sources.add(draft);
    People.add(draft);
    var prisons = Prisons.add(draft);
    Roles.add(draft);
    Detentions.add(draft, prisons);
    Unrest.add(draft);
    Institutions.add(draft);
    return draft.dataset();
  }

  /** The note on every generated source: it marks the graph as invented, and names the seed and size that made it. */
  public static String note(long seed, int people) {
    return String.format(Locale.ROOT, "Invented by Casegraph's graph generator (seed %d, %,d people): not a real document.",
        seed, people);
  }
}
