package org.casegraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.casegraph.dataset.Dataset;
import org.casegraph.organisation.Organisation.Category;

/**
 * A graph being generated: the items so far, the pools claimants are drawn from, and the one seeded
 * random source every choice comes from, so that a seed always gives the same graph.
 */
final class Draft {

  /** A source as claims cite it: its id, its day and the organisation that published it. */
  record Published(String id, LocalDate date, String publisher) {}

  final RandomGenerator random;
  final Size size;
  final String note;
  final List<Dataset.SourceItem> sources = new ArrayList<>();
  final List<Dataset.PersonItem> people = new ArrayList<>();
  final List<Dataset.OrganisationItem> organisations = new ArrayList<>();
  final List<Dataset.PrisonItem> prisons = new ArrayList<>();
  final List<Dataset.EventItem> events = new ArrayList<>();
  final List<Dataset.ChargeItem> charges = new ArrayList<>();
  final List<Dataset.DetentionItem> detentions = new ArrayList<>();
  final List<Dataset.RoleItem> roles = new ArrayList<>();
  final List<Dataset.ClaimItem> claims = new ArrayList<>();

  /** People the sources describe as detained at some point, and the others (officials, lawyers, relatives). */
  final List<Dataset.PersonItem> detainees = new ArrayList<>();
  final List<Dataset.PersonItem> free = new ArrayList<>();
  /** People who speak to the press about detainees: lawyers, relatives, activists. */
  final Pool speakers = new Pool(Size.CLAIMANT_SKEW);
  final Map<Category, Pool> byCategory = new EnumMap<>(Category.class);
  final List<Published> published = new ArrayList<>();

  private final Map<String, List<String>> byRegion = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> regions = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();

  Draft(long seed, Size size) {
    this.random = new SplittableRandom(seed);
    this.size = size;
    this.note = GraphGenerator.note(seed, size.people());
    for (var category : Category.values()) {
      byCategory.put(category, new Pool(Size.CLAIMANT_SKEW));
    }
  }

  /** The next id with a prefix: {@code person:gen-000001}, {@code person:gen-000002}… */
  String id(String prefix) {
    var number = Integer.toString(counters.merge(prefix, 1, Integer::sum));
    return prefix + ":" + GraphGenerator.ID_PREFIX + "0".repeat(Math.max(0, 6 - number.length())) + number;
  }

  void entity(String id, String name, String region) {
    names.put(id, name);
    if (!region.isEmpty()) {
      regions.put(id, region);
    }
  }

  void organisation(Category category, String id, String name, String region) {
    entity(id, name, region);
    byCategory.get(category).add(id);
    if (!region.isEmpty()) {
      byRegion.computeIfAbsent(category + "/" + region, k -> new ArrayList<>()).add(id);
    }
  }

  String name(String id) {
    return names.get(id);
  }

  String region(String id) {
    return regions.getOrDefault(id, "");
  }

  /** An organisation of a category, from the region when it has one there. */
  String organisation(Category category, String region) {
    var local = byRegion.get(category + "/" + region);
    return local != null && chance(0.8) ? pick(local) : byCategory.get(category).pick(random);
  }

  String organisation(Category category) {
    return byCategory.get(category).pick(random);
  }

  /** A source published on the day or within the days after it; the nearest later one if none. */
  Published reporting(LocalDate day, int withinDays) {
    var from = firstOnOrAfter(day);
    if (from == published.size()) {
      return published.get(published.size() - 1 - random.nextInt(Math.min(10, published.size())));
    }
    var to = Math.max(from + 1, firstOnOrAfter(day.plusDays(withinDays + 1)));
    return published.get(from + random.nextInt(to - from));
  }

  private int firstOnOrAfter(LocalDate day) {
    int low = 0;
    int high = published.size();
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (published.get(middle).date().isBefore(day)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  ClaimBuilder claim(String statement, String claimant, Published source) {
    return new ClaimBuilder(this, statement, claimant, source);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  Dataset dataset() {
    return new Dataset(Dataset.FORMAT, List.copyOf(sources), List.copyOf(people), List.copyOf(organisations),
        List.copyOf(prisons), List.copyOf(events), List.copyOf(charges), List.copyOf(detentions), List.copyOf(roles),
        null, List.copyOf(claims));
  }
}
