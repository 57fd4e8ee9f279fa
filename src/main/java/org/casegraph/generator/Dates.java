package org.casegraph.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** The generated graph's calendar: an election, a wave of arrests after it, releases months later. */
final class Dates {

  static final LocalDate ELECTION = LocalDate.of(2024, 7, 28);
  static final LocalDate FIRST_RELEASES = LocalDate.of(2024, 11, 16);
  static final LocalDate INAUGURATION = LocalDate.of(2025, 1, 10);
  static final LocalDate END = LocalDate.of(2025, 6, 30);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private Dates() {}

  static LocalDate between(RandomGenerator random, LocalDate from, LocalDate to) {
    var days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }

  /** Most arrests fall in the weeks after the election, fewer and fewer later. */
  static LocalDate arrest(RandomGenerator random) {
    var days = (long) (-Math.log(1 - random.nextDouble()) * 30);
    return ELECTION.plusDays(1 + Math.min(days, 150));
  }

  /** The day as a source gives it: usually the day, sometimes only the month, rarely only the year. */
  static String partial(RandomGenerator random, LocalDate date, double monthOnly, double yearOnly) {
    var draw = random.nextDouble();
    if (draw < yearOnly) {
      return Integer.toString(date.getYear());
    }
    return draw < yearOnly + monthOnly ? date.toString().substring(0, 7) : date.toString();
  }

  /** A partial date as a sentence says it: "on 16 November 2024", "in November 2024", "in 2024". */
  static String spoken(String partial) {
    return switch (partial.length()) {
      case 4 -> "in " + partial;
      case 7 -> "in " + LocalDate.parse(partial + "-01").format(MONTH);
      default -> "on " + LocalDate.parse(partial).format(DAY);
    };
  }

  static LocalDate start(String partial) {
    return switch (partial.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
      case 7 -> LocalDate.parse(partial + "-01");
      default -> LocalDate.parse(partial);
    };
  }
}
