package org.casegraph.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation.Category;
import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.jspecify.annotations.Nullable;

/**
 * Charges are brought in batches: one charge per prison, offence and month, against everyone held
 * there who was charged with it that month. Some batches have a charging event; a few charges only
 * count their defendants ("hundreds have been charged").
 */
final class Charges {

  private record Batch(String id, String offence, YearMonth filed, Dataset.PrisonItem prison, LinkedHashSet<String> defendants) {}

  private final Draft d;
  private final Map<String, Batch> batches = new LinkedHashMap<>();

  Charges(Draft draft) {
    this.d = draft;
  }

  /** The charges a detention is held on, joining each to its batch. */
  List<String> of(Held held) {
    var ids = new ArrayList<String>();
    var filed = YearMonth.from(held.since());
    for (var offence : held.offences()) {
      var batch = batches.computeIfAbsent(held.prison().id() + "|" + offence + "|" + filed,
          k -> new Batch(d.id("charge"), offence, filed, held.prison(), new LinkedHashSet<>()));
      batch.defendants().add(held.person().id());
      ids.add(batch.id());
    }
    return ids;
  }

  void write() {
    batches.values().forEach(this::write);
    counted();
  }

  private void write(Batch b) {
    var defendants = List.copyOf(b.defendants());
    var region = b.prison().region() == null ? "" : b.prison().region();
    d.charges.add(new Dataset.ChargeItem(b.id(), b.offence(), defendants, null, b.filed().toString()));
    var when = Dates.spoken(b.filed().toString());
    var n = defendants.size();
    var prosecutor = d.organisation(Category.PROSECUTOR, region);
    @Nullable String event = null;
    if (n >= 5 && d.chance(0.25)) {
      event = Reported.add(d, new Reported.Counted(Event.Kind.CHARGING, "Charging of %s with " + b.offence() + " at " + b.prison().name(),
          b.filed().atDay(10), b.filed().toString(), null,
          List.of(new Dataset.ParticipantItem(prosecutor, "prosecuting office"),
              new Dataset.ParticipantItem(d.organisation(Category.COURT, region), "court")),
          n, "people", 0.25, "%s held at " + b.prison().name() + " charged with " + b.offence() + " " + when + ".",
          "%s have been charged with " + b.offence(), () -> prosecutor,
          () -> d.chance(0.5) ? d.organisation(Category.NGO, region) : d.speakers.pick(d.random), List.of(b.prison().id())));
    }
    var source = d.reporting(b.filed().atDay(5), 40);
    var claimant = d.chance(0.5) ? prosecutor : d.chance(0.5) ? d.organisation(Category.NGO, region) : d.speakers.pick(d.random);
    var first = n == 1
        ? d.claim("%s was charged with %s %s.".formatted(d.name(defendants.getFirst()), b.offence(), when), claimant, source)
            .quote("%s faces a charge of %s".formatted(d.name(defendants.getFirst()), b.offence()))
        : d.claim("%d people held at %s were charged with %s %s.".formatted(n, b.prison().name(), b.offence(), when), claimant, source)
            .quote("%d detainees from %s were charged with %s".formatted(n, b.prison().name(), b.offence()))
            .quantity(new Quantity(n, "people", QuantityQualifier.EXACT));
    if (event != null) {
      first.event(event);
    }
    var firstId = first.about(defendants.subList(0, Math.min(5, n))).asserts(b.id()).add();
    if (d.chance(0.35)) {
      var lawyer = d.speakers.pick(d.random);
      d.claim("The charge of %s against detainees held at %s was confirmed by their lawyers.".formatted(b.offence(), b.prison().name()),
              lawyer, d.reporting(b.filed().atDay(20), 60))
          .quote("They are accused of %s, with no evidence".formatted(b.offence()))
          .about(defendants.subList(0, Math.min(3, n))).asserts(b.id()).supports(firstId).add();
    }
  }

  /** Charges a source only counts: "hundreds have been charged with terrorism". */
  private void counted() {
    for (int i = 0; i < Math.max(3, d.size.prisons() / 4); i++) {
      var region = Places.region(d.random).name();
      var offence = Offences.any(d);
      var id = d.id("charge");
      var hundreds = new Quantity(100, "people", QuantityQualifier.AT_LEAST);
      d.charges.add(new Dataset.ChargeItem(id, offence, null, hundreds, "2024"));
      var source = d.reporting(Dates.between(d.random, Dates.ELECTION.plusDays(30), Dates.INAUGURATION), 30);
      d.claim("At least 100 people in %s have been charged with %s (\"hundreds\" read as at least 100).".formatted(region, offence),
              d.chance(0.6) ? d.organisation(Category.NGO, region) : source.publisher(), source)
          .quote("Hundreds have been charged with %s in %s".formatted(offence, region))
          .quantity(hundreds).asserts(id).add();
    }
  }
}
