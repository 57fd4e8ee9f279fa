package org.casegraph.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.casegraph.support.Folding;

/**
 * How alike two entities' names are, from 0 to 1, and why. Every name and alias of one is compared with
 * every one of the other, case and accents ignored: 0.6 × Jaro-Winkler similarity + 0.4 × the share of
 * words alike (the same, or at Jaro-Winkler 0.9 or more: "perez" and "peres"), weighed 1 for name against name, 0.95 for name against alias and 0.9 for
 * alias against alias. The best comparison is the score.
 */
final class NameSimilarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private NameSimilarity() {}

  /** An entity's name and aliases. */
  record Names(String name, List<String> aliases) {}

  record Result(double score, List<String> reasons) {}

  /** An entity's names with their folded words, worked out once however many entities it is compared with. */
  record Prepared(List<String> texts, List<List<String>> words) {}

  static Prepared prepare(Names names) {
    var texts = all(names);
    return new Prepared(texts, texts.stream().map(NameSimilarity::words).toList());
  }

  static Result compare(Names a, Names b) {
    return compare(prepare(a), prepare(b));
  }

  static Result compare(Prepared a, Prepared b) {
    var reasons = new LinkedHashSet<String>();
    Comparison best = null;
    for (int i = 0; i < a.texts().size(); i++) {
      for (int j = 0; j < b.texts().size(); j++) {
        var comparison = Comparison.of(a.texts().get(i), a.words().get(i), b.texts().get(j), b.words().get(j), i == 0, j == 0);
        if (comparison == null) {
          continue;
        }
        if (comparison.same()) {
          reasons.add(comparison.sameReason());
        }
        if (best == null || comparison.score() > best.score()) {
          best = comparison;
        }
      }
    }
    if (best == null) {
      return new Result(0, List.of());
    }
    if (!best.same()) {
      reasons.add(best.similarReason());
    }
    return new Result(rounded(best.score()), List.copyOf(reasons));
  }

  /** The score alone, as {@link #compare} gives it, without the reasons: for ranking many pairs. */
  static double score(Prepared a, Prepared b) {
    var best = 0.0;
    for (int i = 0; i < a.texts().size(); i++) {
      for (int j = 0; j < b.texts().size(); j++) {
        var wx = a.words().get(i);
        var wy = b.words().get(j);
        if (wx.isEmpty() || wy.isEmpty()) {
          continue;
        }
        var weight = weight(i == 0, j == 0);
        if (weight <= best) {
          continue;
        }
        best = Math.max(best, wx.equals(wy) ? weight : weight * similarity(wx, wy));
      }
    }
    return rounded(best);
  }

  private static double similarity(List<String> wx, List<String> wy) {
    return 0.6 * JARO_WINKLER.apply(String.join(" ", wx), String.join(" ", wy))
        + 0.4 * alikeWords(wx, wy) / Math.max(wx.size(), wy.size());
  }

  private static double weight(boolean xIsName, boolean yIsName) {
    return xIsName && yIsName ? 1.0 : xIsName || yIsName ? 0.95 : 0.9;
  }

  private static double rounded(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  /** Words of one that match a different word of the other at Jaro-Winkler 0.9 or more ("perez", "peres"). */
  private static int alikeWords(List<String> wx, List<String> wy) {
    var left = new ArrayList<>(wy);
    var alike = 0;
    for (var w : wx) {
      var match = left.stream().filter(v -> v.equals(w) || JARO_WINKLER.apply(w, v) >= 0.9).findFirst();
      if (match.isPresent()) {
        left.remove(match.get());
        alike++;
      }
    }
    return alike;
  }

  /** Folded words: "Nicolás  Maduro-Moros" is [nicolas, maduro, moros]. */
  static List<String> words(String text) {
    return Arrays.stream(Folding.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<String> all(Names names) {
    var all = new ArrayList<String>();
    all.add(names.name());
    names.aliases().stream().filter(alias -> !alias.equals(names.name())).forEach(all::add);
    return all;
  }

  private record Comparison(String x, String y, boolean xIsName, boolean yIsName, boolean same, double jaroWinkler,
      int alike, int total, double score) {

    static Comparison of(String x, List<String> wx, String y, List<String> wy, boolean xIsName, boolean yIsName) {
      if (wx.isEmpty() || wy.isEmpty()) {
        return null;
      }
      var alike = alikeWords(wx, wy);
      var total = Math.max(wx.size(), wy.size());
      var jaroWinkler = JARO_WINKLER.apply(String.join(" ", wx), String.join(" ", wy));
      var score = weight(xIsName, yIsName) * (0.6 * jaroWinkler + 0.4 * alike / total);
      return new Comparison(x, y, xIsName, yIsName, wx.equals(wy), jaroWinkler, alike, total, score);
    }

    String sameReason() {
      var spelling = x.equals(y) ? "'%s'".formatted(x) : "'%s' and '%s', ignoring case and accents".formatted(x, y);
      if (xIsName && yIsName) {
        return "the same name: " + spelling;
      }
      if (xIsName || yIsName) {
        return "the name of one is an alias of the other: " + spelling;
      }
      return "a shared alias: " + spelling;
    }

    String similarReason() {
      var kind = xIsName && yIsName ? "names" : "names or aliases";
      return String.format(Locale.ROOT, "similar %s: '%s' and '%s' (Jaro-Winkler %.2f, %d of %d words alike)",
          kind, x, y, jaroWinkler, alike, total);
    }
  }
}
