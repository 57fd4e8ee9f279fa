package org.casegraph.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casegraph.claim.FigureHistory;
import org.casegraph.claim.Figures;
import java.util.function.Function;
import org.casegraph.prison.Prison;
import org.casegraph.support.PagingProperties;
import org.casegraph.support.PartialDate;
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
  private final Figures figures;

  StatsController(StatsRepository stats, PagingProperties paging, Figures figures) {
    this.stats = stats;
    this.paging = paging;
    this.figures = figures;
  }

  @QueryMapping
  Stats stats(@Argument @Nullable Integer first, @Argument @Nullable PartialDate asOf) {
    var size = paging.size(first, 20);
    return new Stats(size, asOf);
  }

  @SchemaMapping(typeName = "Stats")
  List<StatsRepository.PrisonStats> prisons(Stats request) {
    return stats.prisons(request.first(), request.asOf());
  }

  @SchemaMapping(typeName = "Stats")
  List<StatsRepository.OffenceStats> offences(Stats request) {
    return stats.offences(request.first(), request.asOf());
  }

  @SchemaMapping(typeName = "Stats")
  List<StatsRepository.ClaimantStats> claimants(Stats request) {
    return stats.claimants(request.first(), request.asOf());
  }

  @BatchMapping(typeName = "PrisonStats")
  Map<StatsRepository.PrisonStats, List<FigureHistory>> figures(List<StatsRepository.PrisonStats> parents) {
    var result = new LinkedHashMap<StatsRepository.PrisonStats, List<FigureHistory>>();
    parents.stream().collect(Collectors.groupingBy(p -> Optional.ofNullable(p.asOf()))).forEach((asOf, group) -> {
      var found = figures.atPrisons(group.stream().map(p -> p.prison().id()).distinct().toList(), Figures.PRISON_KINDS, asOf.orElse(null));
      group.forEach(p -> result.put(p, found.getOrDefault(p.prison().id(), List.of())));
    });
    return result;
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
