package org.casegraph.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casegraph.audit.AuditTrail;
import org.casegraph.dataset.InvalidDatasetException;
import org.casegraph.dataset.Upserts;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports a file of the data-set format all or nothing: checked whole, then written in one transaction
 * with its audit record, each item upserted by id as a mutation would. Each item is reported created,
 * updated or unchanged by comparing its node (properties and the relationships it owns) before and after.
 */
@Component
class DatasetImport {

  private static final Logger log = LoggerFactory.getLogger(DatasetImport.class);

  /** A node as far as an import can change it: its properties and the relationships its item owns. */
  private static final String STATE = """
      UNWIND $ids AS id
      MATCH (n:Node {id: id})
      RETURN id, properties(n) AS properties,
        [(n)-[r]->(m:Node) WHERE NOT type(r) IN ['PARTICIPATED_IN', 'CONTRADICTS'] | type(r) + ' ' + m.id]
        + [(n)<-[r:PARTICIPATED_IN]-(m:Node) | 'PARTICIPANT ' + m.id + ' ' + coalesce(r.role, '')]
        + [(n)-[:CONTRADICTS]-(m:Node) | 'CONTRADICTS ' + m.id] AS links
      """;

  private final AuditTrail audit;
  private final Upserts upserts;
  private final ExchangeProperties properties;

  DatasetImport(AuditTrail audit, Upserts upserts, ExchangeProperties properties) {
    this.audit = audit;
    this.upserts = upserts;
    this.properties = properties;
  }

  private record State(Map<String, Object> properties, List<String> links) {}

  ExchangeReport importContent(byte[] content) {
    var tally = new Tally(ExchangeFormat.CASEGRAPH, properties.maxRejectionsListed());
    try {
      var counts = audit.write("importData", (tx, change) -> {
        var dataset = upserts.read(content, tx);
        var ids = Upserts.ids(dataset);
        var before = states(tx, ids);
        upserts.write(dataset, tx);
        var after = states(tx, ids);
        var c = new long[3];
        var created = new java.util.ArrayList<String>();
        for (var id : ids) {
          var was = before.get(id);
          c[was == null ? 0 : was.equals(after.get(id)) ? 2 : 1]++;
          if (was == null) {
            created.add(id);
          }
        }
        change.recorded(created);
        if (c[0] + c[1] > 0) {
          change.summary("Imported a data set of %d items: %d created, %d updated, %d unchanged"
              .formatted(ids.size(), c[0], c[1], c[2]));
        }
        return c;
      });
      tally.items = counts[0] + counts[1] + counts[2];
      tally.created = counts[0];
      tally.updated = counts[1];
      tally.unchanged = counts[2];
      tally.transactions = 1;
      return tally.report(true, null);
    } catch (InvalidDatasetException e) {
      e.problems().forEach(p -> tally.reject(Rejection.atPath(p.path(), p.message())));
      return tally.report(false, null);
    } catch (RuntimeException e) {
      log.error("A data set failed to import", e);
      return tally.report(false, Tally.cause(e) + "; nothing was written");
    }
  }

  private static Map<String, State> states(TransactionContext tx, Collection<String> ids) {
    var states = new HashMap<String, State>();
    tx.run(STATE, Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> states.put(r.get("id").asString(),
        new State(r.get("properties").asMap(), r.get("links").asList(v -> Objects.requireNonNull(v.asString())).stream().sorted().toList())));
    return states;
  }
}
