package org.casegraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation.Category;

/**
 * Releases come in waves: on a wave's day, each prison that frees anyone has a release event, counting
 * the named detainees freed there and the many more the sources only count. Every prison has at least one.
 */
final class Releases {

  private Releases() {}

  static List<LocalDate> waves(Draft d) {
    var days = new TreeSet<LocalDate>();
    days.add(Dates.FIRST_RELEASES);
    while (days.size() < d.size.releaseWaves()) {
      days.add(Dates.between(d.random, Dates.FIRST_RELEASES.plusDays(1), Dates.END));
    }
    return List.copyOf(days);
  }

  /** The release event of each prison and day that frees named detainees, keyed by {@link #key}. */
  static Map<String, String> add(Draft d, List<Held> held, List<LocalDate> waves) {
    var named = new LinkedHashMap<String, List<Held>>();
    for (var h : held) {
      if (h.until() != null) {
        named.computeIfAbsent(key(h.prison().id(), h.until()), k -> new ArrayList<>()).add(h);
      }
    }
    var events = new HashMap<String, String>();
    var freeing = new HashSet<String>();
    named.forEach((key, freed) -> {
      var first = freed.getFirst();
      var anonymous = (int) Math.round(freed.size() * 2 * d.random.nextDouble()) + d.between(0, 15);
      events.put(key, release(d, first.prison(), first.until(), freed.size() + anonymous));
      freeing.add(first.prison().id());
    });
    for (var prison : d.prisons) {
      if (!freeing.contains(prison.id())) {
        release(d, prison, d.pick(waves), d.between(3, 40));
      }
    }
    return events;
  }

  static String key(String prison, LocalDate day) {
    return prison + "|" + day;
  }

  private static String release(Draft d, Dataset.PrisonItem prison, LocalDate day, int actual) {
    var region = prison.region() == null ? "" : prison.region();
    var verifier = d.organisation(Category.NGO);
    var authority = d.organisation(Category.GOVERNMENT_BODY, region);
    return Reported.add(d, new Reported.Counted(Event.Kind.RELEASE, "Release of %s from " + prison.name(), day,
        day.toString(), prison.id(), List.of(new Dataset.ParticipantItem(authority, "releasing authority"),
            new Dataset.ParticipantItem(verifier, "verifier")),
        actual, "people", 0.35, "%s left " + prison.name() + " " + Dates.spoken(day.toString()) + ", released by the authorities.",
        "%s walked out of " + prison.name(), () -> verifier,
        () -> d.chance(0.5) ? d.organisation(Category.NGO) : d.chance(0.5) ? authority : d.speakers.pick(d.random),
        List.of(prison.id())));
  }
}
