package org.casegraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casegraph.security.Restrictions;
import org.casegraph.support.Bookmarks;
import org.casegraph.support.Connection;
import org.casegraph.support.LimitProperties;
import org.casegraph.support.PageRequest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.DatabaseException;
import org.springframework.stereotype.Repository;

/**
 * Reads nodes by id and follows the schema's relationship fields for many parents at once, so each
 * level of a query costs one round trip however many parents it has.
 */
@Repository
public class NodeRepository {

  private final Driver driver;
  private final LimitProperties limits;

  NodeRepository(Driver driver, LimitProperties limits) {
    this.driver = driver;
    this.limits = limits;
  }

  /**
   * Runs a read on a reader (in a cluster), after the request's bookmark if it sent one (see
   * {@link Bookmarks}), stopped by Neo4j if it outlasts the query timeout, with restricted nodes left out
   * as the viewer requires (see {@link Restrictions}).
   */
  public List<Record> read(String cypher, Map<String, Object> parameters) {
    return driver.executableQuery(Restrictions.forViewer(cypher)).withParameters(parameters)
        .withConfig(Bookmarks.read(limits.queryTimeout())).execute().records();
  }

  public Map<String, Identified> findByIds(Collection<String> ids) {
    return findByIds(ids, Projection.NODES);
  }

  /** The visible nodes with these ids, each with what {@code projection} compiled below it. */
  public Map<String, Identified> findByIds(Collection<String> ids, Projection projection) {
    try {
      return findByIdsWith(ids, projection);
    } catch (DatabaseException error) {
      if (projection == Projection.NODES) {
        throw error;
      }
      projection.failed(error);
      return findByIdsWith(ids, Projection.NODES);
    }
  }

  private Map<String, Identified> findByIdsWith(Collection<String> ids, Projection projection) {
    var parameters = new HashMap<String, Object>(projection.parameters());
    parameters.put("ids", List.copyOf(ids));
    var found = new HashMap<String, Identified>();
    for (var record : read("""
        UNWIND $ids AS id
        MATCH (n:Node&!Restricted {id: id})
        WITH DISTINCT n
        """ + projection.rows(), parameters)) {
      var row = record.get("row");
      var mapped = Nodes.map(projection.node(row));
      projection.attach(mapped, row);
      found.put(mapped.id(), mapped);
    }
    return found;
  }

  /**
   * One keyset page of the nodes {@code match} binds to {@code n}, filtered by {@code where}, in id
   * order, with the count of all that match. Both texts are fixed by the caller; values are parameters.
   * Restricted nodes are left out here; a filter that reaches further must leave them out itself.
   */
  public <T extends Identified> Connection<T> list(String match, String where, Map<String, Object> parameters,
      PageRequest page, Function<org.neo4j.driver.types.Node, T> mapper, Projection projection) {
    return list(match, where, match, where, parameters, page, mapper, projection);
  }

  /**
   * As {@link #list(String, String, Map, PageRequest, Function)}, counting the nodes {@code n} that
   * {@code counted} and {@code countedWhere} find instead: the same nodes, reached from where a filter
   * anchors them (a prison's detainees from the prison, not every person checked against it). The page
   * walks the id index in order, so it stops once it has a page. Callers leave the filters that are not
   * set out of {@code where}: switched off by a parameter instead, they keep the planner from using either.
   * The total is counted only when {@code projection} says the request asked for it; the fields it compiled
   * below each node of the page come in the same statement.
   */
  public <T extends Identified> Connection<T> list(String match, String where, String counted, String countedWhere,
      Map<String, Object> parameters, PageRequest page, Function<org.neo4j.driver.types.Node, T> mapper,
      Projection projection) {
    try {
      return listWith(match, where, counted, countedWhere, parameters, page, mapper, projection);
    } catch (DatabaseException error) {
      if (projection == Projection.NODES) {
        throw error;
      }
      projection.failed(error);
      return listWith(match, where, counted, countedWhere, parameters, page, mapper, Projection.NODES);
    }
  }

  private <T extends Identified> Connection<T> listWith(String match, String where, String counted, String countedWhere,
      Map<String, Object> parameters, PageRequest page, Function<org.neo4j.driver.types.Node, T> mapper,
      Projection projection) {
    var total = projection.totalCount()
        ? "CALL () { MATCH %s WHERE n:Node&!Restricted AND (%s) RETURN count(DISTINCT n) AS total }".formatted(counted, countedWhere)
        : "WITH -1 AS total";
    var cypher = """
        %s
        CALL () {
          MATCH %s WHERE n:Node&!Restricted AND (%s) AND n.id > coalesce($after, '')
          WITH n ORDER BY n.id LIMIT $limit
          %s
        }
        RETURN total, page
        """.formatted(total, match, where, projection.collected());
    var all = new HashMap<String, Object>(parameters);
    all.putAll(projection.parameters());
    all.put("after", page.afterId());
    all.put("limit", page.limit());
    var record = read(cypher, all).getFirst();
    var fetched = new java.util.ArrayList<T>();
    for (var row : record.get("page").values()) {
      var mapped = mapper.apply(projection.node(row));
      projection.attach(mapped, row);
      fetched.add(mapped);
    }
    return Connection.of(fetched, page, record.get("total").asLong(), Identified::id);
  }

  /** The targets of a link for every parent, each list in id order. */
  public <T> Map<String, List<T>> follow(Link link, Collection<String> parentIds, Function<org.neo4j.driver.types.Node, T> mapper) {
    var cypher = """
        UNWIND $ids AS id
        MATCH (p:Node {id: id})
        MATCH %s WHERE t:Node&!Restricted
        WITH id, t ORDER BY t.id
        RETURN id, collect(DISTINCT t) AS targets
        """.formatted(link.pattern());
    var result = new HashMap<String, List<T>>();
    for (var record : read(cypher, Map.of("ids", List.copyOf(parentIds)))) {
      result.put(record.get("id").asString(), record.get("targets").asList(v -> mapper.apply(v.asNode())));
    }
    return result;
  }

  /** A page of a link's targets from one parent. */
  public record LinkPage(Link link, String parentId, PageRequest page) {}

  /** One page for each request (all of one link), in the order asked, each with its parent's total. */
  public <T extends Identified> List<Connection<T>> page(Link link, List<LinkPage> requests,
      Function<org.neo4j.driver.types.Node, T> mapper) {
    var keys = new java.util.ArrayList<Map<String, Object>>();
    for (int i = 0; i < requests.size(); i++) {
      var key = new HashMap<String, Object>();
      key.put("i", i);
      key.put("id", requests.get(i).parentId());
      key.put("after", requests.get(i).page().afterId());
      key.put("limit", requests.get(i).page().limit());
      keys.add(key);
    }
    // The total is counted and the page sorted to its top only, so a parent with 30,000 claims costs no
    // more to page than one with 30; repeats are removed only where the link can reach a target twice.
    var cypher = """
        UNWIND $keys AS key
        OPTIONAL MATCH (p:Node&!Restricted {id: key.id})
        CALL (p, key) {
          RETURN COUNT { MATCH %1$s WHERE t:Node&!Restricted RETURN %2$s t } AS total
        }
        CALL (p, key) {
          OPTIONAL MATCH %1$s WHERE t:Node&!Restricted AND t.id > coalesce(key.after, '')
          WITH %2$s t ORDER BY t.id LIMIT $limit
          RETURN collect(t)[..key.limit] AS page
        }
        RETURN key.i AS i, total, page
        """.formatted(link.pattern(), link.eachTargetOnce() ? "" : "DISTINCT");
    var limit = requests.stream().mapToInt(r -> r.page().limit()).max().orElse(1);
    var result = new java.util.ArrayList<Connection<T>>(java.util.Collections.nCopies(requests.size(), null));
    for (var record : read(cypher, Map.of("keys", keys, "limit", limit))) {
      var i = record.get("i").asInt();
      var fetched = record.get("page").asList(v -> mapper.apply(v.asNode()));
      result.set(i, Connection.of(fetched, requests.get(i).page(), record.get("total").asLong(), Identified::id));
    }
    return result;
  }
}
