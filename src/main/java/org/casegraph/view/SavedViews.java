package org.casegraph.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casegraph.security.Restrictions;
import org.casegraph.support.LimitProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Repository;

/**
 * Saved views as {@code :SavedView} nodes (not {@code :Node}s, linked to nothing), each with its owner.
 * Every statement names the owner, so a token reads, overwrites and deletes only its own views. Each
 * view is returned with its ids checked against the graph as the one asking sees it, in the same query.
 */
@Repository
class SavedViews {

  /** The view {@code v} as returned: what of its ids is gone, or merged into another entity. */
  private static final String RETURN = """
      CALL (v) {
        UNWIND v.ids AS id
        OPTIONAL MATCH (n:Node&!Restricted {id: id})
        WITH id, n WHERE n IS NULL
        OPTIONAL MATCH (m:Merge {duplicate: id}) WHERE m.undoneAt IS NULL
        WITH id, m ORDER BY m.at DESC
        WITH id, head(collect(m.keep)) AS into
        RETURN collect(CASE WHEN into IS NULL THEN id END) AS missing,
               collect(CASE WHEN into IS NOT NULL THEN {id: id, into: into} END) AS merged
      }
      RETURN v {.id, .name, .state, .ids, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view, missing, merged
      """;

  private final Driver driver;
  private final QueryConfig read;
  private final QueryConfig write;

  SavedViews(Driver driver, LimitProperties limits) {
    this.driver = driver;
    this.read = QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(limits.queryTimeout()).build();
    this.write = QueryConfig.builder().withRouting(RoutingControl.WRITE).withTimeout(limits.queryTimeout()).build();
  }

  List<SavedView> list(String owner) {
    return run("""
        MATCH (v:SavedView {owner: $owner})
        WITH v ORDER BY v.updatedAt DESC, v.id
        """ + RETURN, Map.of("owner", owner), read);
  }

  Optional<SavedView> find(String owner, String id) {
    return run("MATCH (v:SavedView {id: $id, owner: $owner})\n" + RETURN, Map.of("owner", owner, "id", id), read).stream().findFirst();
  }

  long count(String owner) {
    return driver.executableQuery("MATCH (v:SavedView {owner: $owner}) RETURN count(v) AS n").withParameters(Map.of("owner", owner))
        .withConfig(read).execute().records().getFirst().get("n").asLong();
  }

  SavedView create(String owner, String id, SaveViewInput input) {
    return run("""
        CREATE (v:SavedView {id: $id, owner: $owner, name: $name, state: $state, ids: $ids, createdAt: datetime(), updatedAt: datetime()})
        WITH v
        """ + RETURN, parameters(owner, id, input), write).getFirst();
  }

  /** The overwritten view, empty when the owner has none of that id. */
  Optional<SavedView> overwrite(String owner, String id, SaveViewInput input) {
    return run("""
        MATCH (v:SavedView {id: $id, owner: $owner})
        SET v.name = $name, v.state = $state, v.ids = $ids, v.updatedAt = datetime()
        WITH v
        """ + RETURN, parameters(owner, id, input), write).stream().findFirst();
  }

  boolean delete(String owner, String id) {
    return driver.executableQuery("MATCH (v:SavedView {id: $id, owner: $owner}) DELETE v RETURN count(*) AS n")
        .withParameters(Map.of("owner", owner, "id", id)).withConfig(write).execute().records().getFirst().get("n").asLong() > 0;
  }

  private static Map<String, Object> parameters(String owner, String id, SaveViewInput input) {
    return Map.of("owner", owner, "id", id, "name", input.name(), "state", input.state(), "ids", input.ids());
  }

  private List<SavedView> run(String cypher, Map<String, Object> parameters, QueryConfig config) {
    return driver.executableQuery(Restrictions.forViewer(cypher)).withParameters(parameters).withConfig(config).execute()
        .records().stream().map(SavedViews::view).toList();
  }

  private static SavedView view(Record r) {
    var v = r.get("view");
    return new SavedView(v.get("id").asString(), v.get("name").asString(), v.get("state").asString(),
        v.get("ids").asList(x -> x.asString()), v.get("createdAt").asString(), v.get("updatedAt").asString(),
        r.get("missing").asList(x -> x.asString()),
        r.get("merged").asList(x -> new SavedView.MergedId(x.get("id").asString(), x.get("into").asString())));
  }
}
