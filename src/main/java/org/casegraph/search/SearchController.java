package org.casegraph.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.casegraph.graph.Entity;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Nodes;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.Folding;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Finds entities by name or alias through Neo4j's full-text index: accents and case are folded, each
 * word also matches at an edit distance (so "Alfredo Romro" finds Alfredo Romero), and the user's text
 * is reduced to words first, so query-syntax characters in it never cause an error.
 */
@Controller
class SearchController {

  private static final String CYPHER = """
      CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
      WHERE node:Node&!Restricted AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
      RETURN node, score
      ORDER BY score DESC, node.id
      LIMIT $first
      """;

  private final NodeRepository nodes;
  private final PagingProperties paging;

  SearchController(NodeRepository nodes, PagingProperties paging) {
    this.nodes = nodes;
    this.paging = paging;
  }

  @QueryMapping
  List<SearchHit> search(@Argument String text, @Argument @Nullable List<Entity.Kind> kinds, @Argument @Nullable Integer first) {
    var size = paging.size(first, 10);
    var words = Arrays.stream(Folding.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      throw new BadRequestException("search text must contain at least one letter or digit");
    }
    var parameters = new HashMap<String, Object>();
    parameters.put("query", words.stream().map(SearchController::term).collect(Collectors.joining(" ")));
    parameters.put("labels", kinds == null ? null : kinds.stream().map(SearchController::label).toList());
    parameters.put("candidates", Math.max(size * 5, 50));
    parameters.put("first", size);
    return nodes.read(CYPHER, parameters).stream()
        .map(r -> new SearchHit(Nodes.entity(r.get("node").asNode()), r.get("score").asDouble()))
        .toList();
  }

  /** An exact match counts more than a near one; short words are matched exactly only. */
  private static String term(String word) {
    return word.length() < 4 ? word : "(%s^2 OR %s~%d)".formatted(word, word, word.length() < 7 ? 1 : 2);
  }

  private static String label(Entity.Kind kind) {
    return switch (kind) {
      case PERSON -> "Person";
      case ORGANISATION -> "Organisation";
      case PRISON -> "Prison";
    };
  }
}
