package org.casegraph.generator;

import java.util.ArrayList;
import java.util.List;

/** The offences detainees are charged with, the commonest first, and how often each is charged. */
final class Offences {

  private static final List<String> NAMES = List.of("terrorism", "incitement to hatred", "resistance to authority",
      "criminal association", "obstruction of public roads", "instigation to public disobedience",
      "damage to public property", "treason");
  private static final double[] WEIGHTS = {0.5, 0.45, 0.3, 0.25, 0.15, 0.12, 0.1, 0.08};

  private Offences() {}

  /** One to three distinct offences, drawn by weight. */
  static List<String> charged(Draft d) {
    var count = d.chance(0.5) ? 1 : d.chance(0.7) ? 2 : 3;
    var chosen = new ArrayList<String>();
    while (chosen.size() < count) {
      var total = 0.0;
      for (int i = 0; i < NAMES.size(); i++) {
        total += chosen.contains(NAMES.get(i)) ? 0 : WEIGHTS[i];
      }
      var draw = d.random.nextDouble() * total;
      for (int i = 0; i < NAMES.size(); i++) {
        if (chosen.contains(NAMES.get(i))) {
          continue;
        }
        draw -= WEIGHTS[i];
        if (draw < 0) {
          chosen.add(NAMES.get(i));
          break;
        }
      }
      if (draw >= 0) {
        NAMES.stream().filter(n -> !chosen.contains(n)).findFirst().ifPresent(chosen::add);
      }
    }
    return chosen;
  }

  static String any(Draft d) {
    return NAMES.get(d.random.nextInt(3));
  }
}
