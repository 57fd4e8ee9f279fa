package org.casegraph.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.casegraph.dataset.Dataset;
import org.casegraph.organisation.Organisation.Category;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.jspecify.annotations.Nullable;

/**
 * People: mostly detainees known by their name only, as in a list of political prisoners, and the
 * officials, lawyers and relatives around them. Most of them are profiled by a claim (age, occupation,
 * home town), as press reports do.
 */
final class People {

  private static final List<String> OCCUPATIONS = List.of("student", "teacher", "nurse", "taxi driver",
      "trade unionist", "journalist", "shopkeeper", "electoral witness", "opposition campaign worker", "lawyer",
      "engineer", "farmer", "mechanic", "street vendor", "retired soldier", "community organiser", "musician",
      "doctor", "construction worker", "delivery driver", "university lecturer", "fisherman", "hairdresser",
      "human-rights defender", "local councillor");
  private static final List<String> FOREIGN = List.of("CO", "ES", "PE", "AR", "US", "PT", "IT", "CL", "EC");

  private record Profile(Dataset.PersonItem person, String occupation, Places.Town town, @Nullable LocalDate born) {}

  private People() {}

  static void add(Draft d) {
    var names = new PersonNames();
    var profiles = new ArrayList<Profile>();
    var speakerShare = (double) d.size.speakers() / (d.size.people() * (1 - Size.DETAINED));
    for (int i = 0; i < d.size.people(); i++) {
      var id = d.id("person");
      var name = names.next(d.random);
      var town = Places.town(d.random);
      var occupation = d.pick(OCCUPATIONS);
      var born = Dates.between(d.random, LocalDate.of(1950, 1, 1), LocalDate.of(2006, 6, 30));
      var description = d.chance(0.25) ? "%s %s from %s, %s.".formatted(Text.capitalised(article(occupation)),
          occupation, town.name(), town.region()) : null;
      var nationality = d.chance(0.6) ? (d.chance(0.93) ? "VE" : d.pick(FOREIGN)) : null;
      var birthDate = d.chance(0.35) ? Dates.partial(d.random, born, 0.1, 0.6) : null;
      var person = new Dataset.PersonItem(id, name.full(), name.aliases().isEmpty() ? null : name.aliases(),
          description, nationality, birthDate);
      d.people.add(person);
      d.entity(id, name.full(), town.region());
      if (d.chance(Size.DETAINED)) {
        d.detainees.add(person);
      } else {
        d.free.add(person);
        if (d.chance(speakerShare)) {
          d.speakers.add(id);
        }
      }
      if (d.chance(Size.PROFILED)) {
        profiles.add(new Profile(person, occupation, town, birthDate == null ? null : born));
      }
    }
    if (d.speakers.isEmpty()) {
      d.speakers.add(d.free.isEmpty() ? d.people.getFirst().id() : d.free.getFirst().id());
    }
    profiles.forEach(p -> profile(d, p));
  }

  private static void profile(Draft d, Profile p) {
    var source = d.reporting(Dates.between(d.random, Dates.ELECTION, Dates.END), 5);
    var age = p.born() == null ? d.between(18, 72) : (int) ChronoUnit.YEARS.between(p.born(), source.date());
    var name = p.person().name();
    var claimant = d.chance(0.35) ? source.publisher()
        : d.chance(0.7) ? d.organisation(Category.NGO, p.town().region()) : d.speakers.pick(d.random);
    d.claim("%s, %d, is %s %s from %s.".formatted(name, age, article(p.occupation()), p.occupation(), p.town().name()),
            claimant, source)
        .quote("%s, %d, %s %s from %s".formatted(name, age, article(p.occupation()), p.occupation(), p.town().name()))
        .about(p.person().id())
        .quantity(new Quantity(age, "years", QuantityQualifier.EXACT))
        .add();
  }

  static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
