package org.casegraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.support.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * An event with a count, and the claims that report it: one to five claimants, each with its own
 * figure. A claim that agrees with the headline figure often supports it; of the pairs whose figures
 * cannot both be true, about half are linked by {@code contradicts} and the rest are left for
 * Casegraph to find.
 */
final class Reported {

  /**
   * What is reported. {@code title}, {@code statement} and {@code quote} each hold one {@code %s} for the
   * figure ("more than 100 people"); {@code headline} names the first claimant, {@code others} the rest
   * (an outlet may also report in its own voice).
   */
  record Counted(Event.Kind kind, String title, LocalDate day, String date, @Nullable String prison,
      List<Dataset.ParticipantItem> participants, int actual, String unit, double conflicting, String statement,
      String quote, Supplier<String> headline, Supplier<String> others, List<String> subjects) {}

  private Reported() {}

  static String add(Draft d, Counted c) {
    var reporters = 1;
    while (reporters < 5 && d.chance(reporters == 1 ? 0.75 : 0.45)) {
      reporters++;
    }
    var figures = Figures.reported(d, c.actual(), c.unit(), reporters, c.conflicting());
    var id = d.id("event");
    d.events.add(new Dataset.EventItem(id, c.kind().name(), c.title().formatted(phrase(figures.getFirst())), c.date(),
        c.prison(), c.participants().isEmpty() ? null : c.participants(), figures.getFirst()));
    var claims = new ArrayList<String>();
    for (int i = 0; i < figures.size(); i++) {
      var figure = figures.get(i);
      var source = d.reporting(c.day(), 14);
      var claimant = i == 0 ? c.headline().get() : d.chance(0.4) ? source.publisher() : c.others().get();
      var claim = d.claim(Text.capitalised(c.statement().formatted(phrase(figure))), claimant, source)
          .quote(Text.capitalised(c.quote().formatted(phrase(figure))))
          .about(c.subjects())
          .event(id)
          .quantity(figure);
      for (int earlier = 0; earlier < i; earlier++) {
        if (Figures.conflict(figures.get(earlier), figure)) {
          if (d.chance(0.5)) {
            claim.contradicts(claims.get(earlier));
          }
        } else if (earlier == 0 && d.chance(0.5)) {
          claim.supports(claims.getFirst());
        }
      }
      claims.add(claim.add());
    }
    return id;
  }

  static String phrase(Quantity figure) {
    return figure.unit().equals("people") ? Text.people(figure) : Text.figure(figure) + " " + figure.unit();
  }
}
