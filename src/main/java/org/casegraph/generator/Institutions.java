package org.casegraph.generator;

import java.time.LocalDate;
import java.util.List;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation.Category;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;

/** The election and the inauguration, case reviews by the courts, official announcements and grants of asylum. */
final class Institutions {

  private Institutions() {}

  static void add(Draft d) {
    election(d);
    inauguration(d);
    for (int i = 0; i < d.size.caseReviews(); i++) {
      caseReview(d);
    }
    for (int i = 0; i < d.size.announcements(); i++) {
      announcement(d);
    }
    for (int i = 0; i < d.size.asylums(); i++) {
      asylum(d);
    }
  }

  private static void election(Draft d) {
    var authority = d.organisation(Category.ELECTORAL_AUTHORITY);
    var parties = d.byCategory.get(Category.POLITICAL_GROUP);
    var incumbents = parties.get(0);
    var opposition = parties.get(parties.size() > 1 ? 1 : 0);
    var id = d.id("event");
    d.events.add(new Dataset.EventItem(id, Event.Kind.ELECTION.name(), "Presidential election", Dates.ELECTION.toString(),
        null, List.of(new Dataset.ParticipantItem(authority, "electoral authority"),
            new Dataset.ParticipantItem(incumbents, "contestant"), new Dataset.ParticipantItem(opposition, "contestant")), null));
    var announced = d.claim("The incumbent won the presidential election with 51.2% of the vote.", authority,
            d.reporting(Dates.ELECTION.plusDays(1), 3))
        .quote("The incumbent obtained 51.2% of the votes cast").about(authority, incumbents).event(id)
        .quantity(new Quantity(51.2, "percent", QuantityQualifier.EXACT)).add();
    d.claim("The opposition candidate won the presidential election with 67% of the vote.", opposition,
            d.reporting(Dates.ELECTION.plusDays(3), 5))
        .quote("Our tally sheets show 67% for our candidate").about(opposition, authority).event(id)
        .quantity(new Quantity(67, "percent", QuantityQualifier.EXACT)).contradicts(announced).add();
  }

  private static void inauguration(Draft d) {
    var state = d.byCategory.get(Category.STATE).get(0);
    var id = d.id("event");
    d.events.add(new Dataset.EventItem(id, Event.Kind.INAUGURATION.name(), "Presidential inauguration",
        Dates.INAUGURATION.toString(), null, List.of(new Dataset.ParticipantItem(state, "state")), null));
    var source = d.reporting(Dates.INAUGURATION, 2);
    d.claim("The president was sworn in for a new term on 10 January 2025.", source.publisher(), source)
        .quote("sworn in for a new six-year term").about(state).event(id).add();
  }

  private static void caseReview(Draft d) {
    var region = Places.region(d.random).name();
    var court = d.organisation(Category.COURT, region);
    var prosecutor = d.organisation(Category.PROSECUTOR, region);
    var day = Dates.between(d.random, LocalDate.of(2024, 11, 1), Dates.END);
    Reported.add(d, new Reported.Counted(Event.Kind.CASE_REVIEW, "Review of %s by the " + d.name(court), day,
        day.toString(), null, List.of(new Dataset.ParticipantItem(court, "reviewing court"),
            new Dataset.ParticipantItem(prosecutor, "prosecuting office")),
        d.between(20, 500), "cases", 0.3, "%s were reviewed by the " + d.name(court) + " " + Dates.spoken(day.toString()) + ".",
        "%s have been reviewed", () -> court,
        () -> d.chance(0.5) ? prosecutor : d.organisation(Category.NGO, region), List.of(court)));
  }

  private static void announcement(Draft d) {
    var government = d.organisation(Category.GOVERNMENT_BODY);
    var day = Dates.between(d.random, Dates.FIRST_RELEASES.minusDays(10), Dates.END);
    Reported.add(d, new Reported.Counted(Event.Kind.ANNOUNCEMENT, "Announcement of the release of %s", day,
        day.toString(), null, List.of(new Dataset.ParticipantItem(government, "announcer")), d.between(100, 1500),
        "people", 0.4, "The authorities announced the release of %s " + Dates.spoken(day.toString()) + ".",
        "the release of %s has been approved", () -> government,
        () -> d.organisation(Category.NGO), List.of(government)));
  }

  private static void asylum(Draft d) {
    var states = d.byCategory.get(Category.STATE);
    var state = states.get(1 + d.random.nextInt(states.size() - 1));
    var person = d.pick(d.free.isEmpty() ? d.people : d.free);
    var day = Dates.between(d.random, LocalDate.of(2024, 9, 1), Dates.END);
    var id = d.id("event");
    d.events.add(new Dataset.EventItem(id, Event.Kind.ASYLUM.name(), "%s granted asylum in %s".formatted(person.name(), d.name(state)),
        day.toString(), null, List.of(new Dataset.ParticipantItem(person.id(), "asylee"),
            new Dataset.ParticipantItem(state, "granting state")), null));
    var statement = "%s granted political asylum to %s.".formatted(d.name(state), person.name());
    var first = d.claim(statement, state, d.reporting(day, 3))
        .quote("%s has been granted political asylum".formatted(person.name())).about(person.id(), state).event(id).add();
    if (d.chance(0.6)) {
      var later = d.reporting(day.plusDays(1), 10);
      d.claim(statement, later.publisher(), later).quote("%s, now in %s,".formatted(person.name(), d.name(state)))
          .about(person.id(), state).event(id).supports(first).add();
    }
  }
}
