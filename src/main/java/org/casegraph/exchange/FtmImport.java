package org.casegraph.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casegraph.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports FollowTheMoney entity JSON lines as a stream, a batch of lines per transaction, so that memory
 * does not grow with the file. People and organisations are written as they come; relationship lines are
 * put aside (on disk) and written after them, each with its claim, since they may name entities of later
 * lines. A line that cannot be imported is rejected with its number and the reason; the others are written. Each batch commits with its audit record or not at all; a failure stops the
 * import at that batch, keeping the batches before it, and importing the same file again completes it.
 */
@Component
class FtmImport {

  private static final Logger log = LoggerFactory.getLogger(FtmImport.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_REASON = 300;

  private final AuditTrail audit;
  private final ExchangeProperties properties;
  private final FtmEntityWriter entities;
  private final FtmLinkWriter links;

  FtmImport(AuditTrail audit, ExchangeProperties properties, FtmEntityWriter entities, FtmLinkWriter links) {
    this.audit = audit;
    this.properties = properties;
    this.entities = entities;
    this.links = links;
  }

  ExchangeReport importLines(InputStream in, FtmOrigin origin) {
    var tally = new Tally(ExchangeFormat.FTM, properties.maxRejectionsListed());
    tally.source = origin.sourceId();
    var batch = new ArrayList<FtmEntityWriter.Candidate>();
    var ids = new HashMap<String, Long>();
    try (var deferred = new DeferredLines(); var lines = new ParsedLines(in, properties.maxLineLength())) {
      for (var parsed = lines.next(); parsed != null; parsed = lines.next()) {
        var entity = sort(parsed, origin, tally, ids, deferred);
        if (entity != null) {
          batch.add(new FtmEntityWriter.Candidate(parsed.line().number(), entity));
        }
        if (batch.size() >= properties.batchSize()) {
          if (!flush(batch, origin, tally)) {
            return tally.report(true, stopped(batch.getFirst().line(), batch.getLast().line(), tally));
          }
          batch.clear();
          ids.clear();
        }
      }
      if (!batch.isEmpty() && !flush(batch, origin, tally)) {
        return tally.report(true, stopped(batch.getFirst().line(), batch.getLast().line(), tally));
      }
      var stopped = relationships(deferred, origin, tally);
      if (stopped != null) {
        return tally.report(true, stopped);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the entities: " + e.getMessage(), e);
    }
    log.info("Imported FollowTheMoney entities: {}", tally.report(true, null));
    return tally.report(true, null);
  }

  /**
   * Writes the relationship lines put aside, a batch per transaction, now that every entity of the file
   * is written; why the import stopped, or null when it did not.
   */
  private @Nullable String relationships(DeferredLines deferred, FtmOrigin origin, Tally tally) throws IOException {
    var batch = new ArrayList<FtmLinkWriter.Pending>();
    var ids = new HashMap<String, Long>();
    try (var reader = deferred.reader()) {
      for (var line = reader.next(); line != null; line = reader.next()) {
        if (!(FtmEntities.map(JSON.readTree(line.text())) instanceof FtmEntities.Related related)) {
          throw new IllegalStateException("a line put aside is no longer a relationship: " + line.number());
        }
        var first = ids.putIfAbsent(related.link().ftmId(), line.number());
        if (first != null) {
          tally.reject(Rejection.atLine(line.number(), related.link().ftmId(), "the same relationship as line %d".formatted(first)));
          continue;
        }
        batch.add(new FtmLinkWriter.Pending(line.number(), related.link()));
        if (batch.size() >= properties.relationshipBatchSize()) {
          if (!flushLinks(batch, origin, tally)) {
            return stopped(batch.getFirst().line(), batch.getLast().line(), tally);
          }
          batch.clear();
          ids.clear();
        }
      }
    }
    if (!batch.isEmpty() && !flushLinks(batch, origin, tally)) {
      return stopped(batch.getFirst().line(), batch.getLast().line(), tally);
    }
    return null;
  }

  /**
   * Counts a line and sorts it, as the streamed and the bulk import both do: a person or organisation to
   * write is answered; a relationship is put aside (or rejected without a publisher to claim it); a line
   * refused, or an entity already on a line in {@code seen}, is rejected. Null for all but the first; a
   * blank line is passed over uncounted.
   */
  static FtmEntities.@Nullable Mapped sort(ParsedLines.Parsed parsed, FtmOrigin origin, Tally tally, Map<String, Long> seen,
      DeferredLines deferred) throws IOException {
    var line = parsed.line();
    if (parsed.outcome() == null) {
      return null;
    }
    tally.items++;
    switch (parsed.outcome()) {
      case FtmEntities.Refused r -> tally.reject(Rejection.atLine(line.number(), r.ftmId(), shorten(r.reason())));
      case FtmEntities.Related r when origin.publisher() == null -> tally.reject(Rejection.atLine(line.number(),
          r.link().ftmId(), "a relationship is imported only with the claim behind it, and a claim needs a claimant: "
              + "name the data set's publisher (publisher=…)"));
      case FtmEntities.Related r -> deferred.add(line.number(), java.util.Objects.requireNonNull(line.text()));
      case FtmEntities.Mapped m -> {
        var first = seen.putIfAbsent(m.id(), line.number());
        if (first == null) {
          return m;
        }
        tally.reject(Rejection.atLine(line.number(), m.ftmId(), "the same entity as line %d (both are %s)".formatted(first, m.id())));
      }
    }
    return null;
  }

  private boolean flush(List<FtmEntityWriter.Candidate> batch, FtmOrigin origin, Tally tally) {
    return flush("entities", batch.getFirst().line(), batch.getLast().line(), tx -> entities.write(tx, batch, origin), origin, tally);
  }

  private boolean flushLinks(List<FtmLinkWriter.Pending> batch, FtmOrigin origin, Tally tally) {
    return flush("relationships", batch.getFirst().line(), batch.getLast().line(), tx -> links.write(tx, batch, origin), origin, tally);
  }

  /** Writes a batch of lines in one transaction with its audit record; false when it failed, with nothing of it written. */
  private boolean flush(String what, long first, long last, Function<TransactionContext, BatchWritten> write, FtmOrigin origin,
      Tally tally) {
    try {
      var written = audit.write("importData", (tx, change) -> {
        var result = write.apply(tx);
        if (result.created() + result.updated() > 0) {
          change.summary("Imported FollowTheMoney %s (%s), lines %d to %d: %d created, %d updated, %d unchanged, %d rejected"
              .formatted(what, origin.dataset(), first, last, result.created(), result.updated(), result.unchanged(),
                  result.rejections().size()));
        }
        return result;
      });
      tally.created += written.created();
      tally.updated += written.updated();
      tally.unchanged += written.unchanged();
      written.rejections().forEach(r -> tally.reject(new Rejection(r.line(), r.path(), r.id(), shorten(r.reason()))));
      tally.transactions++;
      return true;
    } catch (RuntimeException e) {
      log.error("A batch of FollowTheMoney {} failed (lines {} to {})", what, first, last, e);
      tally.failure = Tally.cause(e);
      return false;
    }
  }

  private static String stopped(long first, long last, Tally tally) {
    return "lines %d to %d were not imported, nor any line after them, because %s; the %d transactions before them committed. Importing the same file again completes the import."
        .formatted(first, last, tally.failure, tally.transactions);
  }

  /** A rejection's reason cut to the length a report lists. */
  static String shorten(String reason) {
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
  }
}
