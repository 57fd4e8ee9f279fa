package org.casegraph.support;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching: lower case, accents removed, so "Nicolás" matches "nicolas". */
public final class Folding {

  private Folding() {}

  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
