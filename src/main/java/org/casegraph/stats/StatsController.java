package org.casegraph.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.casegraph.prison.Prison;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Counts per prison, offence and claimant; each part is computed only when a query asks for it. */
@Controller
class StatsController {

  private final StatsRepository stats;
  private final PagingProperties paging;

  StatsController(StatsRepository stats, PagingProperties paging) {
    this.stats = stats;
    this.paging = paging;
  }

  @QueryMapping
  Stats stats(@Argument @Nullable Integer first) {
    var size = paging.size(first, 20);
    return new Stats(size);
  }

  @SchemaMapping(typeName = "Stats")
  List<StatsRepository.PrisonStats> prisons(Stats request) {
    return stats.prisons(request.first());
  }

  @SchemaMapping(typeName = "Stats")
  List<StatsRepository.OffenceStats> offences(Stats request) {
    return stats.offences(request.first());
  }

  @SchemaMapping(typeName = "Stats")
  List<StatsRepository.ClaimantStats> claimants(Stats request) {
    return stats.claimants(request.first());
  }

  @BatchMapping(typeName = "Prison")
  Map<Prison, Integer> releaseCount(List<Prison> prisons) {
    return counts(prisons, StatsRepository.PrisonCounts::releases);
  }

  @BatchMapping(typeName = "Prison")
  Map<Prison, Integer> detentionCount(List<Prison> prisons) {
    return counts(prisons, StatsRepository.PrisonCounts::detentions);
  }

  private Map<Prison, Integer> counts(List<Prison> prisons, ToIntFunction<StatsRepository.PrisonCounts> count) {
    var found = stats.prisonCounts(prisons.stream().map(Prison::id).distinct().toList());
    var result = new LinkedHashMap<Prison, Integer>();
    prisons.forEach(p -> result.put(p, found.containsKey(p.id()) ? count.applyAsInt(found.get(p.id())) : 0));
    return result;
  }
}
