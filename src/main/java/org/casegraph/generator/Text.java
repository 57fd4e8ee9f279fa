package org.casegraph.generator;

import java.util.Locale;
import org.casegraph.support.Folding;
import org.casegraph.support.Quantity;

/** Wording shared by the generated names, titles, statements and quotes. */
final class Text {

  private Text() {}

  static String slug(String text) {
    return Folding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** A figure as a sentence gives it: "107", "more than 100", "about 300". */
  static String figure(Quantity quantity) {
    var value = String.format(Locale.ROOT, "%,d", Math.round(quantity.value()));
    return switch (quantity.qualifier()) {
      case EXACT -> value;
      case AT_LEAST -> "at least " + value;
      case MORE_THAN -> "more than " + value;
      case AT_MOST -> "no more than " + value;
      case APPROXIMATELY -> "about " + value;
    };
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "1 person", "12 people". */
  static String people(Quantity quantity) {
    return figure(quantity) + (quantity.value() == 1 && quantity.qualifier() == Quantity.QuantityQualifier.EXACT ? " person" : " people");
  }
}
