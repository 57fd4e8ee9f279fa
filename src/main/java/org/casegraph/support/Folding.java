package org.casegraph.support;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Folds text for matching: lower case, accents removed, so "Nicolás" matches "nicolas". */
public final class Folding {

  private Folding() {}

  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  /** The key name filters search: the folded name and aliases, one per line. */
  public static String nameKey(String name, List<String> aliases) {
    var key = new StringBuilder(fold(name));
    aliases.forEach(a -> key.append('\n').append(fold(a)));
    return key.toString();
  }

  /** The aliases as the one text the full-text index reads. */
  public static String aliasText(List<String> aliases) {
    return String.join(" | ", aliases);
  }
}
