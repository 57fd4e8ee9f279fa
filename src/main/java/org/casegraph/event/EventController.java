package org.casegraph.event;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casegraph.claim.Claim;
import org.casegraph.graph.Identified;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Related;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.casegraph.support.PartialDate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Events, where they happened, who took part and who reports them. */
@Controller
class EventController {

  private final EventRepository events;
  private final NodeRepository nodes;
  private final PagingProperties paging;
  private final Projections projections;

  EventController(EventRepository events, NodeRepository nodes, PagingProperties paging, Projections projections) {
    this.events = events;
    this.nodes = nodes;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Event> events(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable List<Event.Kind> kinds, @Argument @Nullable String prison,
      @Argument @Nullable String participant, @Argument @Nullable PartialDate from, @Argument @Nullable PartialDate to,
      DataFetchingEnvironment env) {
    return events.page(new EventRepository.Filter(kinds, prison, participant, from, to), PageRequest.of(first, after, paging),
        projections.ofConnection(env));
  }

  @SchemaMapping(typeName = "Event")
  @Nullable CompletableFuture<Identified> prison(Event event, DataLoader<String, Identified> nodes) {
    return event.prisonId() == null ? null : nodes.load(event.prisonId());
  }

  @BatchMapping(typeName = "Event")
  Map<Event, List<Participant>> participants(List<Event> parents) {
    var byId = events.participants(parents.stream().map(Event::id).distinct().toList());
    var result = new LinkedHashMap<Event, List<Participant>>();
    parents.forEach(e -> result.put(e, byId.getOrDefault(e.id(), List.of())));
    return result;
  }

  @BatchMapping(typeName = "Event")
  Map<Event, List<Claim>> claims(List<Event> parents) {
    return Related.follow(nodes, Link.FACT_CLAIMS, parents, Claim::from);
  }
}
