package org.casegraph.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Blocking across a whole kind, in memory: entities are put in blocks by keys of their names and aliases
 * (the whole folded name, each pair of its words, and each word of four or more letters with and without
 * each one of its letters, so "romero" and "romro" meet), and only entities sharing a block are paired.
 * A key shared by more than {@link #MAX_BLOCK} entities (a common first name) makes no pairs: the cost
 * stays proportional to the number of entities.
 */
final class NameBlocks {

  static final int MAX_BLOCK = 20;

  private NameBlocks() {}

  /** Index pairs {@code [i, j]}, {@code i < j}, of the entities' names that share a block. */
  static Set<List<Integer>> pairs(List<NameSimilarity.Prepared> entities) {
    var blocks = new HashMap<String, List<Integer>>();
    for (int i = 0; i < entities.size(); i++) {
      for (var key : keys(entities.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    var pairs = new LinkedHashSet<List<Integer>>();
    for (var block : blocks.values()) {
      if (block.size() < 2 || block.size() > MAX_BLOCK) {
        continue;
      }
      for (int a = 0; a < block.size(); a++) {
        for (int b = a + 1; b < block.size(); b++) {
          int i = block.get(a);
          int j = block.get(b);
          if (i != j) {
            pairs.add(List.of(Math.min(i, j), Math.max(i, j)));
          }
        }
      }
    }
    return pairs;
  }

  static Set<String> keys(NameSimilarity.Prepared names) {
    var keys = new LinkedHashSet<String>();
    for (var words : names.words()) {
      if (words.isEmpty()) {
        continue;
      }
      keys.add("name:" + String.join(" ", words));
      for (int i = 0; i < words.size(); i++) {
        for (int j = i + 1; j < words.size(); j++) {
          var a = words.get(i);
          var b = words.get(j);
          keys.add("pair:" + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a));
        }
        var word = words.get(i);
        if (word.length() >= 4) {
          keys.add("word:" + word);
          for (int k = 0; k < word.length(); k++) {
            keys.add("word:" + word.substring(0, k) + word.substring(k + 1));
          }
        }
      }
    }
    return keys;
  }

}
