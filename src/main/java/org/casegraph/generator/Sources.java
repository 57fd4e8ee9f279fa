package org.casegraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casegraph.dataset.Dataset;
import org.casegraph.organisation.Organisation.Category;

/** Articles, reports and statements, spread over the months after the election, most from a few outlets. */
final class Sources {

  private static final List<Map.Entry<Category, Double>> PUBLISHERS = List.of(Map.entry(Category.MEDIA, 0.62),
      Map.entry(Category.NGO, 0.25), Map.entry(Category.GOVERNMENT_BODY, 0.05),
      Map.entry(Category.INTERNATIONAL_BODY, 0.04), Map.entry(Category.PROSECUTOR, 0.02),
      Map.entry(Category.POLITICAL_GROUP, 0.02));

  private static final Map<Category, List<String>> TITLES = Map.of(
      Category.MEDIA, List.of("Political prisoners in Venezuela: the latest, %s", "Detentions after the election: what we know (%s)",
          "Families of detainees wait outside the prisons (%s)", "Releases continue, relatives say (%s)",
          "Lawyers denounce delays in post-election cases (%s)", "The post-election crackdown in figures, %s",
          "Freed, and still held: the detainees of the election (%s)"),
      Category.NGO, List.of("Report on political prisoners, %s", "Weekly balance of post-election detentions, %s",
          "Verified releases as of %s", "Detainees by prison: update of %s"),
      Category.GOVERNMENT_BODY, List.of("Official statement on public order, %s", "Communiqué on the review of cases, %s"),
      Category.INTERNATIONAL_BODY, List.of("Preliminary findings on detentions after the election, %s",
          "Statement on arbitrary detention in Venezuela, %s"),
      Category.PROSECUTOR, List.of("Statement on the cases filed, %s"),
      Category.POLITICAL_GROUP, List.of("Statement on the detention of our members, %s"));

  private record Planned(LocalDate date, Category category, String publisher) {}

  private Sources() {}

  static void add(Draft d) {
    var planned = new ArrayList<Planned>();
    for (int i = 0; i < d.size.sources(); i++) {
      var category = category(d);
      planned.add(new Planned(Dates.between(d.random, Dates.ELECTION.plusDays(1), Dates.END), category,
          d.organisation(category)));
    }
    planned.sort(Comparator.comparing(Planned::date));
    for (var plan : planned) {
      var id = d.id("source");
      var publisher = d.name(plan.publisher());
      var day = Dates.spoken(plan.date().toString()).substring(3);
      var title = d.pick(TITLES.get(plan.category())).formatted(day);
      var url = "https://%s.example/%s/%s-%s".formatted(Text.slug(publisher), plan.date().toString().replace('-', '/'),
          Text.slug(title), id.substring(id.lastIndexOf('-') + 1));
      var undated = d.chance(0.04);
      var note = undated ? d.note + " The document carries no date; this one is inferred from the events it reports." : d.note;
      d.sources.add(new Dataset.SourceItem(id, title, publisher, url, plan.date().toString(), undated ? true : null, note, null));
      d.published.add(new Draft.Published(id, plan.date(), plan.publisher()));
    }
  }

  private static Category category(Draft d) {
    var draw = d.random.nextDouble();
    for (var entry : PUBLISHERS) {
      draw -= entry.getValue();
      if (draw < 0) {
        return entry.getKey();
      }
    }
    return Category.MEDIA;
  }
}
