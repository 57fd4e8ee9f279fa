package org.casegraph.support;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as precise as its source: a year, a month or a day. It covers the days from {@link #start()}
 * to {@link #end()}; "2024-07" starts on 1 July and ends on 31 July.
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("a partial date with a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("there is no month " + month);
    }
    if (day != null) {
      var days = YearMonth.of(year, month).lengthOfMonth();
      if (day < 1 || day > days) {
        throw new IllegalArgumentException("%s %d has %d days".formatted(
            Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH), year, days));
      }
    }
  }

  /** Reads "2024", "2024-07" or "2024-07-28"; anything else is refused with a message saying why. */
  public static PartialDate parse(String text) {
    var matcher = FORM.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'%s' is not a partial date: write a year (2024), a month (2024-07) or a day (2024-07-28)".formatted(text));
    }
    var month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
    var day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
    try {
      return new PartialDate(Integer.parseInt(matcher.group(1)), month, day);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'%s' is not a real date: %s".formatted(text, e.getMessage()));
    }
  }

  public static @Nullable PartialDate parseNullable(@Nullable String text) {
    return text == null ? null : parse(text);
  }

  /** The first day this date covers. */
  public LocalDate start() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date covers. */
  public LocalDate end() {
    if (day != null) {
      return start();
    }
    return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
  }

  /** Earlier start first; at the same start the vaguer date (the longer span) comes first. */
  @Override
  public int compareTo(PartialDate other) {
    var byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : other.end().compareTo(end());
  }

  @Override
  public String toString() {
    var text = "%04d".formatted(year);
    if (month != null) {
      text += "-%02d".formatted(month);
    }
    if (day != null) {
      text += "-%02d".formatted(day);
    }
    return text;
  }
}
