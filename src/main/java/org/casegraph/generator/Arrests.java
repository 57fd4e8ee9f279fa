package org.casegraph.generator;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation.Category;

/** The arrests of each region and month, counting the named detainees and the many more only counted. */
final class Arrests {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private Arrests() {}

  /** The arrest event of each region and month, keyed by {@link #key}. */
  static Map<String, String> add(Draft d, List<Held> held) {
    var named = new LinkedHashMap<String, List<Held>>();
    for (var h : held) {
      named.computeIfAbsent(key(h), k -> new ArrayList<>()).add(h);
    }
    var events = new HashMap<String, String>();
    named.forEach((key, arrested) -> {
      var region = arrested.getFirst().region();
      var month = YearMonth.from(arrested.getFirst().since());
      var actual = arrested.size() + (int) Math.round(arrested.size() * (0.5 + 2 * d.random.nextDouble())) + d.between(1, 30);
      var authority = d.organisation(Category.GOVERNMENT_BODY, region);
      var when = month.format(MONTH);
      events.put(key, Reported.add(d, new Reported.Counted(Event.Kind.ARREST, "Arrest of %s in " + region + ", " + when,
          month.atDay(15), month.toString(), null,
          List.of(new Dataset.ParticipantItem(authority, "arresting authority")), actual, "people", 0.45,
          "%s arrested in " + region + " in " + when + ".", "%s detained in " + region + " so far",
          () -> d.organisation(Category.NGO, region),
          () -> d.chance(0.5) ? authority : d.chance(0.5) ? d.organisation(Category.NGO) : d.speakers.pick(d.random),
          List.of())));
    });
    return events;
  }

  static String key(Held held) {
    return held.region() + "|" + YearMonth.from(held.since());
  }
}
