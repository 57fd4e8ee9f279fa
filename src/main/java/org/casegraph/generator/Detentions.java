package org.casegraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casegraph.dataset.Dataset;
import org.casegraph.organisation.Organisation.Category;
import org.jspecify.annotations.Nullable;

/**
 * Detentions of the detainees, spread over the prisons by the Zipf law, with their charges, the arrests
 * and releases they belong to, and the claims behind each: who says the person is held (a rights group's
 * list of political prisoners often among them), who says they were freed, and now and then an official
 * denial.
 */
final class Detentions {

  private final Draft d;
  private final List<LocalDate> waves;

  private Detentions(Draft draft) {
    this.d = draft;
    this.waves = Releases.waves(draft);
  }

  static void add(Draft draft, Prisons.Ranked prisons) {
    new Detentions(draft).add(prisons);
  }

  private void add(Prisons.Ranked prisons) {
    var held = new ArrayList<Held>();
    for (var person : d.detainees) {
      var since = Dates.arrest(d.random);
      var until = release(since);
      held.add(new Held(person, prisons.pick(d), since, until, Offences.charged(d)));
      if (until != null && d.chance(Size.DETAINED_AGAIN)) {
        var again = until.plusDays(d.between(10, 90));
        if (again.isBefore(Dates.END.minusDays(10))) {
          held.add(new Held(person, prisons.pick(d), again, release(again), Offences.charged(d)));
        }
      }
    }
    var releases = Releases.add(d, held, waves);
    var arrests = Arrests.add(d, held);
    var charges = new Charges(d);
    for (var h : held) {
      write(h, charges.of(h), arrests.get(Arrests.key(h)),
          h.until() == null ? null : releases.get(Releases.key(h.prison().id(), h.until())));
    }
    charges.write();
  }

  private @Nullable LocalDate release(LocalDate since) {
    if (!d.chance(Size.RELEASED)) {
      return null;
    }
    var later = waves.stream().filter(w -> w.isAfter(since.plusDays(14))).toList();
    return later.isEmpty() ? null : d.pick(later);
  }

  private void write(Held h, List<String> charges, @Nullable String arrest, @Nullable String release) {
    var id = d.id("detention");
    var since = Dates.partial(d.random, h.since(), 0.25, 0.02);
    var until = h.until() == null ? null : Dates.partial(d.random, h.until(), 0.15, 0);
    d.detentions.add(new Dataset.DetentionItem(id, h.person().id(), h.prison().id(), since, until, charges));
    var name = h.person().name();
    var prison = h.prison().name();
    var region = h.region();
    var source = d.reporting(h.since(), 30);
    var held = d.claim("%s was detained %s and taken to %s.".formatted(name, Dates.spoken(since), prison),
            claimant(source, region), source)
        .quote("%s was taken to %s %s".formatted(name, prison, Dates.spoken(since)))
        .about(h.person().id(), h.prison().id())
        .asserts(id);
    if (arrest != null && d.chance(0.2)) {
      held.event(arrest);
    }
    var first = held.add();
    if (d.chance(0.35)) {
      var later = d.reporting(h.since().plusDays(d.between(7, 60)), 30);
      d.claim("%s is held at %s.".formatted(name, prison), claimant(later, region), later)
          .quote("%s remains in %s".formatted(name, prison))
          .about(h.person().id(), h.prison().id()).asserts(id).supports(first).add();
    }
    if (d.chance(0.5)) {
      var listed = d.reporting(h.since().plusDays(d.between(14, 90)), 30);
      d.claim("%s is a political prisoner held at %s.".formatted(name, prison), d.organisation(Category.NGO), listed)
          .quote("%s (%s)".formatted(name, prison))
          .about(h.person().id(), h.prison().id()).asserts(id).supports(first).add();
    }
    if (release != null && h.until() != null) {
      var freed = d.reporting(h.until(), 10);
      d.claim("%s was released from %s %s.".formatted(name, prison, Dates.spoken(until)), claimant(freed, region), freed)
          .quote("%s walked out of %s %s".formatted(name, prison, Dates.spoken(until)))
          .about(h.person().id(), h.prison().id()).event(release).asserts(id).add();
    }
    if (d.chance(0.03)) {
      var denial = d.reporting(h.since().plusDays(5), 30);
      d.claim("The authorities hold no one named %s at %s.".formatted(name, prison),
              d.organisation(Category.GOVERNMENT_BODY, region), denial)
          .quote("There is no detainee by the name of %s in %s".formatted(name, prison))
          .about(h.person().id(), h.prison().id()).contradicts(first).add();
    }
  }

  /** Who says a person is held: a rights group, a lawyer or relative, or the outlet in its own voice. */
  private String claimant(Draft.Published source, String region) {
    var draw = d.random.nextDouble();
    return draw < 0.5 ? d.organisation(Category.NGO, region) : draw < 0.8 ? d.speakers.pick(d.random) : source.publisher();
  }
}
