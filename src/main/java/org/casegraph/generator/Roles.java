package org.casegraph.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casegraph.dataset.Dataset;
import org.casegraph.organisation.Organisation.Category;

/**
 * Who leads and speaks for the organisations: a head for each, a few more positions in the larger
 * ones. Officials are people never detained; some activists who lead groups were detained too.
 */
final class Roles {

  private static final Map<Category, List<String>> TITLES = Map.of(
      Category.NGO, List.of("director", "spokesperson", "legal coordinator"),
      Category.MEDIA, List.of("editor", "correspondent", "reporter"),
      Category.GOVERNMENT_BODY, List.of("head", "spokesperson", "deputy head"),
      Category.PROSECUTOR, List.of("chief prosecutor", "prosecutor", "prosecutor"),
      Category.COURT, List.of("presiding judge", "judge", "court clerk"),
      Category.POLITICAL_GROUP, List.of("leader", "secretary general", "regional coordinator"),
      Category.STATE, List.of("head of state", "foreign minister", "ambassador to Venezuela"),
      Category.INTERNATIONAL_BODY, List.of("chair", "rapporteur", "spokesperson"),
      Category.ELECTORAL_AUTHORITY, List.of("president", "rector", "secretary"),
      Category.OTHER, List.of("president", "secretary", "spokesperson"));

  private Roles() {}

  static void add(Draft d) {
    for (var organisation : d.organisations) {
      var category = Category.valueOf(organisation.category());
      var titles = TITLES.get(category);
      var count = 1 + (d.chance(0.5) ? d.between(1, titles.size() - 1) : 0);
      for (int i = 0; i < count; i++) {
        var activist = (category == Category.NGO || category == Category.POLITICAL_GROUP) && d.chance(0.2);
        var person = d.pick(activist || d.free.isEmpty() ? d.detainees : d.free);
        role(d, person, organisation, titles.get(i));
      }
    }
  }

  private static void role(Draft d, Dataset.PersonItem person, Dataset.OrganisationItem organisation, String title) {
    var id = d.id("role");
    var since = Dates.partial(d.random, Dates.between(d.random, LocalDate.of(2008, 1, 1), LocalDate.of(2024, 6, 30)), 0.3, 0.6);
    var ended = d.chance(0.1) ? Dates.between(d.random, Dates.ELECTION.plusDays(30), Dates.END.minusDays(30)) : null;
    var until = ended == null ? null : ended.toString().substring(0, 7);
    d.roles.add(new Dataset.RoleItem(id, person.id(), organisation.id(), title, since, until));
    var source = d.reporting(ended == null ? Dates.between(d.random, Dates.ELECTION, Dates.END) : ended, 30);
    var statement = until == null ? "%s is the %s of %s.".formatted(person.name(), title, organisation.name())
        : "%s was the %s of %s until %s.".formatted(person.name(), title, organisation.name(), Dates.spoken(until).substring(3));
    var first = d.claim(statement, d.chance(0.5) ? organisation.id() : source.publisher(), source)
        .quote("%s, %s of %s,".formatted(person.name(), title, organisation.name()))
        .about(person.id(), organisation.id()).asserts(id).add();
    if (d.chance(0.25)) {
      var later = d.reporting(source.date().plusDays(1), 60);
      d.claim(statement, later.publisher(), later)
          .quote("%s's %s, %s".formatted(organisation.name(), title, person.name()))
          .about(person.id(), organisation.id()).asserts(id).supports(first).add();
    }
  }
}
