package org.casegraph.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.dataset.Upserts;
import org.casegraph.graph.RelationshipType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a FollowTheMoney file for a bulk import into an empty store: every line checked as the streamed
 * import checks it (same rules, same rejections with their line numbers), and what it would write (the same
 * nodes, properties and relationships, each relationship with its claim) spooled to {@link BulkFiles}
 * instead. Unlike the streamed import, which remembers one batch, it rejects an id seen on any earlier line,
 * and it holds each entity's id and name in memory so that relationship lines find their parties.
 */
final class FtmBulkRows {

  static final int CHECK_BATCH = 10_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FtmOrigin origin;
  private final BulkFiles files;
  private final Tally tally;
  private final org.springframework.util.unit.DataSize maxLineLength;
  private final Map<String, Long> entityLines = new HashMap<>();
  private final Map<String, FtmLinkWriter.Party> parties = new HashMap<>();
  private final List<FtmEntityWriter.Candidate> batch = new ArrayList<>();
  private final List<String> claimIds = new ArrayList<>();
  private boolean sourceWritten;
  private boolean emptyAliases;
  private java.util.concurrent.@Nullable Future<FtmEntityWriter.Checked> checking;

  FtmBulkRows(FtmOrigin origin, BulkFiles files, Tally tally, org.springframework.util.unit.DataSize maxLineLength) {
    this.origin = origin;
    this.files = files;
    this.tally = tally;
    this.maxLineLength = maxLineLength;
  }

  /** Whether an entity written has no aliases: CSV cannot hold an empty list, so it is set once the store is built. */
  boolean emptyAliases() {
    return emptyAliases;
  }

  /** The claims written (for the audit record's count); every line's outcome is in the tally. */
  List<String> claimIds() {
    return claimIds;
  }

  void read(InputStream in) throws IOException {
    try (var deferred = new DeferredLines(); var lines = new ParsedLines(in, maxLineLength)) {
      for (var parsed = lines.next(); parsed != null; parsed = lines.next()) {
        var entity = FtmImport.sort(parsed, origin, tally, entityLines, deferred);
        if (entity != null) {
          batch.add(new FtmEntityWriter.Candidate(parsed.line().number(), entity));
        }
        if (batch.size() >= CHECK_BATCH) {
          entities(lines.workers());
        }
      }
      entities(lines.workers());
      spool();
      entityLines.clear();
      relationships(deferred);
    }
  }

  /**
   * Checks the batch on the parsing threads while the next one is read, after spooling the one checked
   * before it: the lines' outcomes stay in file order, and the checks (the data-set format's schema and
   * rules) run beside the reading.
   */
  private void entities(java.util.concurrent.ExecutorService workers) {
    if (batch.isEmpty()) {
      return;
    }
    var lines = List.copyOf(batch);
    batch.clear();
    spool();
    checking = workers.submit(() -> FtmEntityWriter.check(lines, origin, Upserts::checkForEmptyStore));
  }

  /** Writes the batch last checked to the bulk files. */
  private void spool() {
    if (checking == null) {
      return;
    }
    var checked = ParsedLines.join(checking);
    checking = null;
    FtmEntityWriter.rejections(checked).forEach(r -> tally.reject(shortened(r)));
    for (var c : checked.accepted()) {
      var row = checked.rows().get(c);
      if (!writable(c.line(), c.entity().ftmId(), row)) {
        continue;
      }
      source();
      files.node("Node:Entity:" + FtmEntityWriter.label(c), row);
      tally.created++;
      if (origin.publisher() != null) {
        var person = c.entity().item() instanceof org.casegraph.dataset.Dataset.PersonItem;
        parties.put(c.entity().id(), new FtmLinkWriter.Party(c.entity().id(), (String) row.get("name"), person, !person));
      }
    }
  }

  private void relationships(DeferredLines deferred) throws IOException {
    var seen = new HashMap<String, Long>();
    @Nullable Map<String, Object> claimant = null;
    try (var reader = deferred.reader()) {
      for (var line = reader.next(); line != null; line = reader.next()) {
        if (!(FtmEntities.map(JSON.readTree(line.text())) instanceof FtmEntities.Related related)) {
          throw new IllegalStateException("a line put aside is no longer a relationship: " + line.number());
        }
        var link = related.link();
        var first = seen.putIfAbsent(link.ftmId(), line.number());
        if (first != null) {
          tally.reject(Rejection.atLine(line.number(), link.ftmId(), "the same relationship as line %d".formatted(first)));
          continue;
        }
        var from = party(link.from());
        var to = party(link.to());
        if (from == null || to == null) {
          tally.reject(shortened(Rejection.atLine(line.number(), link.ftmId(), FtmLinkWriter.missing(link, from == null, to == null))));
          continue;
        }
        if (claimant == null) {
          claimant = FtmLinkRows.claimant(origin);
        }
        var role = link.shape().isRole() && from.person() && to.organisation();
        var fact = role ? FtmLinkRows.role(link, from, to, origin) : FtmLinkRows.tie(link, from, to, origin);
        var factId = (String) fact.get("id");
        var claim = FtmLinkRows.claim(link, factId, from, to, (String) claimant.get("id"), origin);
        if (!writable(line.number(), link.ftmId(), fact) || !writable(line.number(), link.ftmId(), claim)) {
          continue;
        }
        if (claimIds.isEmpty()) {
          source();
          if (!parties.containsKey((String) claimant.get("id"))) {
            var publisher = new java.util.LinkedHashMap<>(claimant);
            if (publisher.remove("aliases") != null) {
              publisher.remove("aliasText");
              emptyAliases = true;
            }
            files.node("Node:Entity:Organisation", publisher);
          }
        }
        var claimId = (String) claim.get("id");
        files.node(role ? "Node:Role" : "Node:Tie", fact);
        files.node("Node:Claim", claim);
        files.link(RelationshipType.OF.name(), factId, from.id());
        files.link(RelationshipType.IN.name(), factId, to.id());
        files.link(RelationshipType.CLAIMED_BY.name(), claimId, (String) claimant.get("id"));
        files.link(RelationshipType.FROM.name(), claimId, origin.sourceId());
        files.link(RelationshipType.ASSERTS.name(), claimId, factId);
        files.link(RelationshipType.ABOUT.name(), claimId, from.id());
        files.link(RelationshipType.ABOUT.name(), claimId, to.id());
        claimIds.add(claimId);
        tally.created++;
      }
    }
  }

  /** A party as the streamed import finds it: the first of its candidate ids, in id order, that is an entity. */
  private FtmLinkWriter.@Nullable Party party(String ftmId) {
    return java.util.stream.Stream.of(ftmId, FtmEntities.casegraphId("person", ftmId), FtmEntities.casegraphId("org", ftmId))
        .distinct().sorted().map(parties::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private void source() {
    if (!sourceWritten) {
      files.node("Node:Source", origin.source());
      sourceWritten = true;
    }
  }

  /**
   * Whether the row's values go into CSV fields unchanged; if not, the line is rejected. An entity's empty
   * alias list (and its empty alias text) is left out here and set once the store is built.
   */
  private boolean writable(long line, String ftmId, Map<String, Object> row) {
    if (row.get("aliases") instanceof List<?> aliases && aliases.isEmpty()) {
      row.remove("aliases");
      row.remove("aliasText");
      emptyAliases = true;
    }
    for (var e : row.entrySet()) {
      if (!BulkFiles.writable(e.getValue()) || "".equals(e.getValue())) {
        tally.reject(Rejection.atLine(line, ftmId, "%s holds a character (U+001F) or an empty value that import-bulk cannot write: "
            .formatted(e.getKey()) + "import this file with import or POST /api/import instead"));
        return false;
      }
    }
    return true;
  }

  private static Rejection shortened(Rejection r) {
    return new Rejection(r.line(), r.path(), r.id(), FtmImport.shorten(r.reason()));
  }
}
