package org.casegraph.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    return perPrison(prisons, stats::releaseCounts);
  }

  @BatchMapping(typeName = "Prison")
  Map<Prison, Integer> detentionCount(List<Prison> prisons) {
    return perPrison(prisons, stats::detentionCounts);
  }

  private static Map<Prison, Integer> perPrison(List<Prison> prisons, Function<List<String>, Map<String, Integer>> counts) {
    var found = counts.apply(prisons.stream().map(Prison::id).distinct().toList());
    var result = new LinkedHashMap<Prison, Integer>();
    prisons.forEach(p -> result.put(p, found.getOrDefault(p.id(), 0)));
    return result;
  }
}
