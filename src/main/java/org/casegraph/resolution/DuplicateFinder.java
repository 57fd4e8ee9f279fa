package org.casegraph.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casegraph.graph.Entity;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Nodes;
import org.casegraph.security.Viewer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Proposes duplicates without comparing every pair, then scores the pairs with {@link NameSimilarity}:
 * for one entity, those the full-text index finds for its names (fuzzy, accents and case folded); across
 * a kind, those sharing a block of {@link NameBlocks}.
 */
@Component
class DuplicateFinder {

  /** Index hits looked at for one entity: the blocking window. */
  private static final int HITS = 50;

  private final NodeRepository nodes;

  DuplicateFinder(NodeRepository nodes) {
    this.nodes = nodes;
  }

  private record Named(String id, NameSimilarity.Names names, NameSimilarity.Prepared prepared) {

    Named(String id, NameSimilarity.Names names) {
      this(id, names, NameSimilarity.prepare(names));
    }
  }

  private record Pair(String a, String b) {}

  /** The likely duplicates of one entity, that entity first in each. */
  List<DuplicateCandidate> of(String id, Entity.@Nullable Kind kind, double minScore, int first) {
    var found = nodes.read("MATCH (n:Node {id: $id}) WHERE $confidential OR NOT n:Restricted RETURN n",
        Map.of("id", id, "confidential", Viewer.seesRestricted()));
    if (found.isEmpty()) {
      throw NotFoundException.node(id);
    }
    if (!(Nodes.map(found.getFirst().get("n").asNode()) instanceof Entity entity)) {
      throw new BadRequestException("'%s' is not a person, organisation or prison; only entities have duplicates".formatted(id));
    }
    if (kind != null && kind != entity.kind()) {
      throw new BadRequestException("'%s' is a %s, not a %s: leave kind out or give its kind".formatted(id,
          entity.kind().name().toLowerCase(), kind.name().toLowerCase()));
    }
    var named = new Named(id, new NameSimilarity.Names(entity.name(), entity.aliases()));
    return score(blocked(named, entity.kind()), Map.of(id, named), minScore, first);
  }

  /** The likely duplicates among all entities of a kind, or of every kind. */
  List<DuplicateCandidate> among(Entity.@Nullable Kind kind, double minScore, int first) {
    var result = new ArrayList<DuplicateCandidate>();
    for (var k : kind == null ? List.of(Entity.Kind.values()) : List.of(kind)) {
      var all = nodes.read("""
              MATCH (n:$($label)) WHERE $confidential OR NOT n:Restricted
              RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
              """, Map.of("label", label(k), "confidential", Viewer.seesRestricted()))
          .stream().map(DuplicateFinder::named).collect(Collectors.toMap(Named::id, n -> n, (x, y) -> x, LinkedHashMap::new));
      var named = List.copyOf(all.values());
      var pairs = NameBlocks.pairs(named.stream().map(Named::prepared).toList()).stream()
          .map(p -> new Pair(named.get(p.get(0)).id(), named.get(p.get(1)).id())).toList();
      result.addAll(score(pairs, all, minScore, first));
    }
    return result.stream().sorted(order()).limit(first).toList();
  }

  /** The entities the full-text index finds for one entity's names, fuzzy: the only ones scored against it. */
  private List<Pair> blocked(Named entity, Entity.Kind kind) {
    var query = query(entity.names());
    var rows = query.isEmpty() ? List.of() : List.of(Map.of("id", entity.id(), "query", query));
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", rows);
    parameters.put("hits", HITS);
    parameters.put("label", label(kind));
    parameters.put("confidential", Viewer.seesRestricted());
    var pairs = new LinkedHashSet<Pair>();
    nodes.read("""
        UNWIND $rows AS row
        CALL db.index.fulltext.queryNodes('entity_names', row.query, {limit: $hits}) YIELD node
        WHERE node.id <> row.id AND $label IN labels(node) AND ($confidential OR NOT node:Restricted)
        RETURN row.id AS a, node.id AS b
        """, parameters).forEach(r -> pairs.add(new Pair(r.get("a").asString(), r.get("b").asString())));
    return List.copyOf(pairs);
  }

  private List<DuplicateCandidate> score(List<Pair> pairs, Map<String, Named> known, double minScore, int first) {
    var missing = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).filter(id -> !known.containsKey(id)).distinct().toList();
    var names = new HashMap<>(known);
    if (!missing.isEmpty()) {
      nodes.read("""
          UNWIND $ids AS id MATCH (n:Node {id: id})
          RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
          """, Map.of("ids", missing)).forEach(r -> names.put(r.get("id").asString(), named(r)));
    }
    record Scored(Pair pair, double score) {}
    var seen = new LinkedHashSet<Pair>();
    var best = pairs.stream()
        .filter(p -> seen.add(known.size() == 1 || p.a().compareTo(p.b()) < 0 ? p : new Pair(p.b(), p.a())))
        .map(p -> new Scored(p, NameSimilarity.score(names.get(p.a()).prepared(), names.get(p.b()).prepared())))
        .filter(s -> s.score() >= minScore)
        .sorted(Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.pair().a()).thenComparing(s -> s.pair().b()))
        .limit(first)
        .map(Scored::pair)
        .toList();
    var entities = nodes.findByIds(best.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).distinct().toList());
    return best.stream()
        .map(p -> {
          var result = NameSimilarity.compare(names.get(p.a()).prepared(), names.get(p.b()).prepared());
          return new DuplicateCandidate(List.of((Entity) entities.get(p.a()), (Entity) entities.get(p.b())),
              result.score(), result.reasons());
        })
        .toList();
  }

  private static Comparator<DuplicateCandidate> order() {
    return Comparator.comparingDouble(DuplicateCandidate::score).reversed()
        .thenComparing(c -> c.entities().getFirst().id()).thenComparing(c -> c.entities().getLast().id());
  }

  /** Each word of the names and aliases, fuzzy from four letters on; only letters and digits reach the index. */
  private static String query(NameSimilarity.Names names) {
    var words = new LinkedHashSet<String>(NameSimilarity.words(names.name()));
    names.aliases().forEach(alias -> words.addAll(NameSimilarity.words(alias)));
    return words.stream().limit(12)
        .map(w -> w.length() < 4 ? w : "%s~%d".formatted(w, w.length() < 7 ? 1 : 2))
        .collect(Collectors.joining(" "));
  }

  private static Named named(Record r) {
    return new Named(r.get("id").asString(), new NameSimilarity.Names(r.get("name").asString(),
        r.get("aliases").asList(v -> v.asString())));
  }

  private static String label(Entity.Kind kind) {
    return switch (kind) {
      case PERSON -> "Person";
      case ORGANISATION -> "Organisation";
      case PRISON -> "Prison";
    };
  }
}
