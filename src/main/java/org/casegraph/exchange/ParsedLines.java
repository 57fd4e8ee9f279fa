package org.casegraph.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lines of a FollowTheMoney file, each with what it becomes, in file order. The caller's thread reads
 * them; parsing each line's JSON and mapping it ({@link FtmEntities#map}) runs on other threads, a chunk of
 * lines at a time and several chunks ahead, while the caller checks and writes what came before. That is
 * most of the service's own work in an import, and the lines do not depend on each other. What is read
 * ahead is bounded in lines and in bytes, so memory does not grow with the file.
 */
final class ParsedLines implements AutoCloseable {

  /**
   * A line and its outcome: a person, organisation or relationship, or {@link FtmEntities.Refused} with the
   * reason (a line too long, not JSON, not an entity imported); null for a blank line.
   */
  record Parsed(Lines.Line line, FtmEntities.@Nullable Outcome outcome) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int CHUNK_LINES = 1_000;
  private static final long CHUNK_BYTES = 4L << 20;
  private static final int AHEAD_CHUNKS = 24;
  private static final long AHEAD_BYTES = 64L << 20;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Lines lines;
  private final DataSize maxLineLength;
  private final ExecutorService workers;
  private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
  private long aheadBytes;
  private boolean ended;
  private @Nullable Iterator<Parsed> current;

  private record Ahead(Future<List<Parsed>> parsed, long bytes) {}

  ParsedLines(InputStream in, DataSize maxLineLength) {
    this.lines = new Lines(in, (int) maxLineLength.toBytes());
    this.maxLineLength = maxLineLength;
    var pool = POOLS.incrementAndGet();
    var threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    var count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, task -> {
      var thread = new Thread(task, "ftm-parse-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The workers, for other work of the same import that may run beside the caller (the bulk import's checks). */
  ExecutorService workers() {
    return workers;
  }

  /** The next line with its outcome, or null at the end of the file. */
  @Nullable Parsed next() throws IOException {
    while (current == null || !current.hasNext()) {
      readAhead();
      var next = ahead.pollFirst();
      if (next == null) {
        return null;
      }
      aheadBytes -= next.bytes();
      current = join(next.parsed()).iterator();
    }
    return current.next();
  }

  private void readAhead() throws IOException {
    while (!ended && ahead.size() < AHEAD_CHUNKS && aheadBytes < AHEAD_BYTES) {
      var chunk = new ArrayList<Lines.Line>(CHUNK_LINES);
      long bytes = 0;
      while (chunk.size() < CHUNK_LINES && bytes < CHUNK_BYTES) {
        var line = lines.next();
        if (line == null) {
          ended = true;
          break;
        }
        chunk.add(line);
        bytes += line.text() == null ? 0 : line.text().length();
      }
      if (chunk.isEmpty()) {
        return;
      }
      ahead.addLast(new Ahead(workers.submit(() -> chunk.stream().map(this::parse).toList()), bytes));
      aheadBytes += bytes;
    }
  }

  private Parsed parse(Lines.Line line) {
    return new Parsed(line, line.text() != null && line.text().isBlank() ? null : outcome(line, maxLineLength));
  }

  /** What a line becomes; every reason a line is not imported is a {@link FtmEntities.Refused}. */
  static FtmEntities.Outcome outcome(Lines.Line line, DataSize maxLineLength) {
    if (line.text() == null) {
      return new FtmEntities.Refused(null, "longer than %s".formatted(maxLineLength));
    }
    try {
      return FtmEntities.map(JSON.readTree(line.text()));
    } catch (JacksonException e) {
      return new FtmEntities.Refused(null, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** A task's result, or what it threw, unwrapped. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the file", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error r -> throw r;
        default -> throw new CompletionException(e.getCause());
      }
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
