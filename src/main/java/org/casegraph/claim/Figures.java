package org.casegraph.claim;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.event.Event;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The figure histories of events, and of the events at prisons, as known by a date: one round trip per call. */
@Service
public class Figures {

  /** What a prison's figures are about unless asked otherwise: its releases and its detentions (arrests). */
  public static final List<Event.Kind> PRISON_KINDS = List.of(Event.Kind.RELEASE, Event.Kind.ARREST);

  private static final Comparator<FigureHistory> ORDER = Comparator.comparing(FigureHistory::eventId)
      .thenComparing(FigureHistory::unit).thenComparing(h -> String.join(",", h.peopleIds()));

  private final ClaimRepository claims;

  Figures(ClaimRepository claims) {
    this.claims = claims;
  }

  /** By event id, each event's histories: one per unit and set of people the figures are about. */
  public Map<String, List<FigureHistory>> ofEvents(Collection<String> eventIds, @Nullable PartialDate asOf) {
    return histories(claims.figuresOfEvents(eventIds, asOf), asOf);
  }

  /** By prison id, the histories of the events of these kinds at each prison, by event. */
  public Map<String, List<FigureHistory>> atPrisons(Collection<String> prisonIds, Collection<Event.Kind> kinds,
      @Nullable PartialDate asOf) {
    return histories(claims.figuresAtPrisons(prisonIds, kinds, asOf), asOf);
  }

  private static Map<String, List<FigureHistory>> histories(List<ClaimRepository.FigureRow> rows, @Nullable PartialDate asOf) {
    var today = LocalDate.now(ZoneOffset.UTC);
    var byKey = new LinkedHashMap<String, LinkedHashMap<List<Object>, List<ClaimRepository.FigureRow>>>();
    for (var row : rows) {
      byKey.computeIfAbsent(row.key(), k -> new LinkedHashMap<>())
          .computeIfAbsent(List.of(row.eventId(), row.figure().unit(), row.peopleIds()), k -> new ArrayList<>()).add(row);
    }
    var result = new LinkedHashMap<String, List<FigureHistory>>();
    byKey.forEach((key, groups) -> result.put(key, groups.values().stream().map(group -> {
      var first = group.getFirst();
      var unit = first.figure().unit();
      return FigureHistories.of(first.eventId(), unit, Tally.running(first.eventKind(), unit, first.eventCountUnit()),
          first.peopleIds(), group.stream().map(ClaimRepository.FigureRow::figure).toList(), asOf, today);
    }).sorted(ORDER).toList()));
    return result;
  }
}
