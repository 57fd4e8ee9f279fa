package org.casegraph.generator;

import java.util.ArrayList;
import java.util.List;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation.Category;

/** The protests after the election and the killings during them, with the counts each side gives. */
final class Unrest {

  private Unrest() {}

  static void add(Draft d) {
    for (int i = 0; i < d.size.protests(); i++) {
      protest(d);
    }
    for (int i = 0; i < d.size.killings(); i++) {
      killing(d);
    }
  }

  private static void protest(Draft d) {
    var town = Places.town(d.random);
    var day = d.chance(0.8) ? Dates.ELECTION.plusDays(d.between(1, 14)) : Dates.between(d.random, Dates.ELECTION, Dates.END);
    var organiser = d.organisation(Category.POLITICAL_GROUP, town.region());
    var crowd = (int) Math.round(200 * Math.exp(d.random.nextDouble() * 4.6) / 50) * 50;
    Reported.add(d, new Reported.Counted(Event.Kind.PROTEST, "Protest of %s in " + town.name(), day, day.toString(), null,
        List.of(new Dataset.ParticipantItem(organiser, "organiser")), crowd, "people", 0.6,
        "%s protested in " + town.name() + " against the election result " + Dates.spoken(day.toString()) + ".",
        "%s took to the streets of " + town.name(), () -> organiser,
        () -> d.chance(0.5) ? d.organisation(Category.GOVERNMENT_BODY, town.region()) : d.organisation(Category.NGO, town.region()),
        List.of(organiser)));
  }

  private static void killing(Draft d) {
    var town = Places.town(d.random);
    var day = Dates.ELECTION.plusDays(d.between(1, 20));
    var killed = d.chance(0.6) ? 1 : d.between(2, 6);
    var security = d.organisation(Category.GOVERNMENT_BODY, town.region());
    var participants = new ArrayList<Dataset.ParticipantItem>();
    participants.add(new Dataset.ParticipantItem(security, "alleged perpetrator"));
    var subjects = new ArrayList<String>();
    var title = "Killing of %s during protests in " + town.name();
    if (killed == 1 && !d.free.isEmpty() && d.chance(0.6)) {
      var victim = d.pick(d.free);
      participants.add(new Dataset.ParticipantItem(victim.id(), "victim"));
      subjects.add(victim.id());
      title = "Killing of " + victim.name() + " during protests in " + town.name();
    }
    Reported.add(d, new Reported.Counted(Event.Kind.KILLING, title, day, day.toString(), null, List.copyOf(participants),
        killed, "people", 0.5, "%s killed during protests in " + town.name() + " " + Dates.spoken(day.toString()) + ".",
        "%s killed in " + town.name(), () -> d.organisation(Category.NGO, town.region()),
        () -> d.chance(0.4) ? security : d.chance(0.5) ? d.organisation(Category.INTERNATIONAL_BODY) : d.speakers.pick(d.random),
        List.copyOf(subjects)));
  }
}
