package org.casegraph.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.casegraph.dataset.Dataset;
import org.casegraph.dataset.Problem;
import org.casegraph.dataset.Upserts;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of FollowTheMoney people and organisations, checked by the rules of the data-set format
 * (a line that breaks one is rejected, the others written) and compared with what is stored, so that an
 * unchanged entity is not written again.
 */
@Component
class FtmEntityWriter {

  private static final Pattern ITEM = Pattern.compile("^\\$\\.(people|organisations)\\[(\\d+)]");
  private static final String STORED = "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, properties(n) AS properties";
  private static final String UPDATE = """
      UNWIND $rows AS row
      MERGE (n:Node {id: row.id})
      SET n:Entity:%s
      SET n = row
      """;
  // The batch has just read what is stored, and the node-id constraint still guards against a concurrent
  // import of the same entity (that batch then fails and is retried by importing again): a new entity is
  // created without the index lookup and lock a MERGE takes.
  private static final String CREATE = """
      UNWIND $rows AS row
      CREATE (n:Node:Entity:%s)
      SET n = row
      """;

  /** A person or organisation line, with its number. */
  record Candidate(long line, FtmEntities.Mapped entity) {}

  /** A batch checked: the properties each accepted line stores, by line, and the reason each other line is refused. */
  record Checked(List<Candidate> accepted, Map<Candidate, Map<String, Object>> rows, Map<Candidate, String> refused) {}

  private final Upserts upserts;

  FtmEntityWriter(Upserts upserts) {
    this.upserts = upserts;
  }

  BatchWritten write(TransactionContext tx, List<Candidate> batch, FtmOrigin origin) {
    var checked = check(batch, origin, items -> upserts.check(items, tx));
    var accepted = checked.accepted();
    var stored = new HashMap<String, Map<String, Object>>();
    tx.run(STORED, Map.of("ids", accepted.stream().map(c -> c.entity().id()).toList()))
        .forEachRemaining(r -> stored.put(r.get("id").asString(), r.get("properties").asMap()));
    var toCreate = new HashMap<String, List<Map<String, Object>>>();
    var toUpdate = new HashMap<String, List<Map<String, Object>>>();
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    for (var c : accepted) {
      var row = checked.rows().get(c);
      var was = stored.get(c.entity().id());
      if (row.equals(was)) {
        unchanged++;
        continue;
      }
      if (was == null) {
        created++;
      } else {
        updated++;
      }
      (was == null ? toCreate : toUpdate).computeIfAbsent(label(c), label -> new ArrayList<>()).add(row);
    }
    if (!accepted.isEmpty()) {
      tx.run(FtmOrigin.WRITE, Map.of("source", origin.source())).consume();
    }
    toCreate.forEach((label, list) -> tx.run(CREATE.formatted(label), Map.of("rows", list)).consume());
    toUpdate.forEach((label, list) -> tx.run(UPDATE.formatted(label), Map.of("rows", list)).consume());
    return new BatchWritten(created, updated, unchanged, rejections(checked));
  }

  static String label(Candidate c) {
    return c.entity().item() instanceof Dataset.PersonItem ? "Person" : "Organisation";
  }

  static List<Rejection> rejections(Checked checked) {
    return checked.refused().entrySet().stream()
        .map(e -> Rejection.atLine(e.getKey().line(), e.getKey().entity().ftmId(), e.getValue())).toList();
  }

  /**
   * Checks a batch by the rules of the data-set format ({@code check}, against the graph as the caller sees
   * it) and gives each accepted line the properties its node stores: the item's, and where it came from.
   */
  static Checked check(List<Candidate> batch, FtmOrigin origin, Function<Dataset, List<Problem>> check) {
    var people = new ArrayList<Dataset.PersonItem>();
    var organisations = new ArrayList<Dataset.OrganisationItem>();
    var positions = new HashMap<String, Candidate>();
    for (var c : batch) {
      switch (c.entity().item()) {
        case Dataset.PersonItem p -> {
          positions.put("people[" + people.size() + "]", c);
          people.add(p);
        }
        case Dataset.OrganisationItem o -> {
          positions.put("organisations[" + organisations.size() + "]", c);
          organisations.add(o);
        }
        default -> throw new IllegalStateException("not an entity: " + c.entity().item());
      }
    }
    var items = new Dataset(Dataset.FORMAT, null, people, organisations, null, null, null, null, null, null, null);
    var refused = new LinkedHashMap<Candidate, String>();
    for (var problem : check.apply(items)) {
      var m = ITEM.matcher(problem.path());
      var at = m.find() ? positions.get(m.group(1) + "[" + m.group(2) + "]") : null;
      if (at == null) {
        throw new IllegalStateException("a problem of no line: " + problem);
      }
      refused.putIfAbsent(at, problem.path().substring(m.end()).replaceFirst("^\\.", "") + " " + problem.message());
    }
    var properties = Upserts.properties(items);
    var accepted = batch.stream().filter(c -> !refused.containsKey(c)).toList();
    var rows = new HashMap<Candidate, Map<String, Object>>();
    for (var c : accepted) {
      var row = new LinkedHashMap<>(properties.get(c.entity().id()));
      if (!c.entity().ftmId().equals(c.entity().id())) {
        row.put("ftmId", c.entity().ftmId());
      }
      row.put("ftmSchema", c.entity().schema());
      row.put("importedFrom", origin.sourceId());
      rows.put(c, row);
    }
    return new Checked(accepted, rows, refused);
  }
}
