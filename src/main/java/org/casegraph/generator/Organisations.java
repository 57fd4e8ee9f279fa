package org.casegraph.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casegraph.dataset.Dataset;
import org.casegraph.organisation.Organisation.Category;
import org.jspecify.annotations.Nullable;

/** Organisations of every category: outlets and NGOs above all, courts, prosecutors, public bodies, states. */
final class Organisations {

  /** Shares of the organisations that are not states, international bodies or electoral authorities. */
  private static final Map<Category, Double> SHARES = new EnumMap<>(Map.of(Category.MEDIA, 0.32, Category.NGO, 0.22,
      Category.COURT, 0.14, Category.PROSECUTOR, 0.10, Category.GOVERNMENT_BODY, 0.10, Category.POLITICAL_GROUP, 0.07,
      Category.OTHER, 0.05));

  private final Draft d;
  private final Set<String> taken = new HashSet<>();

  private Organisations(Draft draft) {
    this.d = draft;
  }

  static void add(Draft draft) {
    new Organisations(draft).add();
  }

  private void add() {
    for (var state : OrganisationNames.STATES) {
      organisation(Category.STATE, state.name(), List.of(state.spanish()), "", state.code());
    }
    for (var body : OrganisationNames.INTERNATIONAL) {
      organisation(Category.INTERNATIONAL_BODY, body, List.of(OrganisationNames.acronym(body)), "", null);
    }
    var rest = d.size.organisations() - OrganisationNames.STATES.size() - OrganisationNames.INTERNATIONAL.size();
    var electoral = Math.max(2, rest / 50);
    var counts = new EnumMap<Category, Integer>(Category.class);
    counts.put(Category.ELECTORAL_AUTHORITY, electoral);
    SHARES.forEach((category, share) -> counts.put(category, Math.max(1, (int) Math.round((rest - electoral) * share))));
    counts.forEach((category, count) -> {
      for (int i = 0; i < count; i++) {
        regional(category);
      }
    });
  }

  private void regional(Category category) {
    var town = Places.town(d.random);
    var place = d.chance(0.7) ? town.name() : town.region();
    var name = OrganisationNames.name(category, place, town.region(), 0, d.random);
    for (int attempt = 1; taken.contains(name); attempt++) {
      if (attempt % 3 == 0) {
        town = Places.town(d.random);
        place = town.name();
      }
      name = OrganisationNames.name(category, place, town.region(), attempt, d.random);
      if (attempt > 20) {
        name = name + " " + (attempt - 19);
      }
    }
    var aliases = new ArrayList<String>();
    var acronym = OrganisationNames.acronym(name);
    if (acronym.length() >= 3 && (category == Category.NGO || category == Category.POLITICAL_GROUP
        || category == Category.ELECTORAL_AUTHORITY || category == Category.OTHER)) {
      aliases.add(acronym);
    }
    organisation(category, name, aliases, town.region(), "VE");
  }

  private void organisation(Category category, String name, List<String> aliases, String region,
      @Nullable String country) {
    taken.add(name);
    var id = d.id("org");
    d.organisations.add(new Dataset.OrganisationItem(id, name, aliases.isEmpty() ? null : List.copyOf(aliases),
        OrganisationNames.description(category, region), category.name(), country));
    d.organisation(category, id, name, region);
  }
}
