package org.casegraph.resolution;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casegraph.graph.Entity;
import org.casegraph.graph.NodeRepository;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class MergeController {

  private final EntityMerger merger;
  private final EntityUnmerger unmerger;
  private final Merges merges;
  private final NodeRepository nodes;
  private final PagingProperties paging;

  MergeController(EntityMerger merger, EntityUnmerger unmerger, Merges merges, NodeRepository nodes, PagingProperties paging) {
    this.merger = merger;
    this.unmerger = unmerger;
    this.merges = merges;
    this.nodes = nodes;
    this.paging = paging;
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  Merge mergeEntities(@Argument String keep, @Argument String duplicate) {
    return merger.merge(keep, duplicate);
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  Merge unmergeEntities(@Argument @Nullable String merge, @Argument @Nullable String duplicate) {
    return unmerger.unmerge(merge, duplicate);
  }

  @QueryMapping
  List<Merge> merges(@Argument @Nullable String of, @Argument @Nullable Integer first) {
    return merges.list(of, paging.size(first, paging.defaultSize()));
  }

  @BatchMapping(typeName = "Merge")
  Map<Merge, Entity> entity(List<Merge> list) {
    var found = nodes.findByIds(list.stream().map(Merge::keep).distinct().toList());
    return list.stream().filter(m -> found.get(m.keep()) instanceof Entity)
        .collect(Collectors.toMap(Function.identity(), m -> (Entity) found.get(m.keep()), (a, b) -> a));
  }
}
