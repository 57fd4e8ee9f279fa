package org.casegraph.event;

import org.casegraph.graph.Projection;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Nodes;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Lists events with their filters, and reads who took part in them. */
@Repository
class EventRepository {

  /** A filter that is null matches every event; a date range keeps the events any of whose days fall in it. */
  record Filter(@Nullable List<Event.Kind> kinds, @Nullable String prison, @Nullable String participant,
      @Nullable PartialDate from, @Nullable PartialDate to) {}

  private static final String WHERE = """
      ($kinds IS NULL OR n.kind IN $kinds)
      AND ($prison IS NULL OR EXISTS { (n)-[:AT]->(:Prison {id: $prison}) })
      AND ($participant IS NULL OR EXISTS { (n)<-[:PARTICIPATED_IN]-(:Node {id: $participant}) })
      AND ($from IS NULL OR n.dateEnd >= $from)
      AND ($to IS NULL OR n.dateStart <= $to)
      """;

  private final NodeRepository nodes;

  EventRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  Connection<Event> page(Filter filter, PageRequest page, Projection projection) {
    var parameters = new HashMap<String, Object>();
    parameters.put("kinds", filter.kinds() == null ? null : filter.kinds().stream().map(Enum::name).toList());
    parameters.put("prison", filter.prison());
    parameters.put("participant", filter.participant());
    parameters.put("from", filter.from() == null ? null : filter.from().start());
    parameters.put("to", filter.to() == null ? null : filter.to().end());
    return nodes.list("(n:Event)", WHERE, parameters, page, Event::from, projection);
  }

  Map<String, List<Participant>> participants(Collection<String> eventIds) {
    var result = new LinkedHashMap<String, List<Participant>>();
    for (var record : nodes.read("""
        UNWIND $ids AS id
        MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-(x)
        WITH id, x, r ORDER BY x.id, r.role
        RETURN id, collect({entity: x, role: r.role}) AS participants
        """, Map.of("ids", List.copyOf(eventIds)))) {
      result.put(record.get("id").asString(), record.get("participants")
          .asList(p -> new Participant(Nodes.entity(p.get("entity").asNode()), p.get("role").asString())));
    }
    return result;
  }
}
