package org.casegraph.claim;

import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.casegraph.event.Event;
import org.casegraph.graph.Identified;
import org.casegraph.prison.Prison;
import org.casegraph.source.Source;
import org.casegraph.support.PartialDate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Figures through time: each claim's as-of date, and the figure histories of events and prisons. */
@Controller
class FigureController {

  private static final String EVENT_FIGURES = "eventFigures";
  private static final String PRISON_FIGURES = "prisonFigures";

  /** The figures of one event as known by a date. */
  record EventFigures(String eventId, @Nullable PartialDate asOf) {}

  /** The figures of the events of these kinds at one prison as known by a date. */
  record PrisonFigures(String prisonId, List<Event.Kind> kinds, @Nullable PartialDate asOf) {}

  FigureController(BatchLoaderRegistry registry, Figures figures) {
    registry.<EventFigures, List<FigureHistory>>forName(EVENT_FIGURES).registerMappedBatchLoader((keys, env) ->
        Mono.fromCallable(() -> {
          var result = new HashMap<EventFigures, List<FigureHistory>>();
          keys.stream().collect(Collectors.groupingBy(k -> Optional.ofNullable(k.asOf()))).forEach((asOf, group) -> {
            var found = figures.ofEvents(group.stream().map(EventFigures::eventId).distinct().toList(), asOf.orElse(null));
            group.forEach(k -> result.put(k, found.getOrDefault(k.eventId(), List.of())));
          });
          return result;
        }));
    registry.<PrisonFigures, List<FigureHistory>>forName(PRISON_FIGURES).registerMappedBatchLoader((keys, env) ->
        Mono.fromCallable(() -> {
          var result = new HashMap<PrisonFigures, List<FigureHistory>>();
          keys.stream().collect(Collectors.groupingBy(k -> List.of(k.kinds(), Optional.ofNullable(k.asOf()))))
              .forEach((question, group) -> {
                var first = group.getFirst();
                var found = figures.atPrisons(group.stream().map(PrisonFigures::prisonId).distinct().toList(), first.kinds(), first.asOf());
                group.forEach(k -> result.put(k, found.getOrDefault(k.prisonId(), List.of())));
              });
          return result;
        }));
  }

  @SchemaMapping(typeName = "Event", field = "figures")
  CompletableFuture<List<FigureHistory>> eventFigures(Event event, @Argument @Nullable PartialDate asOf, DataFetchingEnvironment env) {
    DataLoader<EventFigures, List<FigureHistory>> loader = env.getDataLoader(EVENT_FIGURES);
    return loader.load(new EventFigures(event.id(), asOf));
  }

  @SchemaMapping(typeName = "Prison", field = "figures")
  CompletableFuture<List<FigureHistory>> prisonFigures(Prison prison, @Argument @Nullable PartialDate asOf,
      @Argument @Nullable List<Event.Kind> kinds, DataFetchingEnvironment env) {
    DataLoader<PrisonFigures, List<FigureHistory>> loader = env.getDataLoader(PRISON_FIGURES);
    var asked = kinds == null || kinds.isEmpty() ? Figures.PRISON_KINDS : kinds.stream().distinct().sorted().toList();
    return loader.load(new PrisonFigures(prison.id(), asked, asOf));
  }

  @SchemaMapping(typeName = "Claim")
  CompletableFuture<@Nullable PartialDate> asOf(Claim claim, DataLoader<String, Identified> nodes) {
    if (claim.claimedOn() != null) {
      return CompletableFuture.completedFuture(claim.claimedOn());
    }
    return nodes.load(claim.sourceId()).thenApply(FigureController::publishedOn);
  }

  @SchemaMapping(typeName = "Claim")
  CompletableFuture<AsOfBasis> asOfBasis(Claim claim, DataLoader<String, Identified> nodes) {
    if (claim.claimedOn() != null) {
      return CompletableFuture.completedFuture(AsOfBasis.CLAIMED);
    }
    return nodes.load(claim.sourceId()).thenApply(s -> publishedOn(s) == null ? AsOfBasis.UNDATED : AsOfBasis.PUBLISHED);
  }

  @SchemaMapping(typeName = "Figure")
  CompletableFuture<Identified> claimant(Figure figure, DataLoader<String, Identified> nodes) {
    return nodes.load(figure.claim().claimantId());
  }

  @SchemaMapping(typeName = "Figure")
  CompletableFuture<Identified> source(Figure figure, DataLoader<String, Identified> nodes) {
    return nodes.load(figure.claim().sourceId());
  }

  @SchemaMapping(typeName = "FigureHistory")
  CompletableFuture<Identified> event(FigureHistory history, DataLoader<String, Identified> nodes) {
    return nodes.load(history.eventId());
  }

  @SchemaMapping(typeName = "FigureHistory")
  CompletableFuture<List<Identified>> people(FigureHistory history, DataLoader<String, Identified> nodes) {
    return nodes.loadMany(history.peopleIds());
  }

  private static @Nullable PartialDate publishedOn(@Nullable Identified source) {
    return source instanceof Source s ? s.publishedOn() : null;
  }
}
