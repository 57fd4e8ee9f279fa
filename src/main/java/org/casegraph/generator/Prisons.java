package org.casegraph.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.casegraph.dataset.Dataset;

/**
 * Prisons and detention centres in every region. Their order of size is a seeded shuffle, and detainees
 * are spread over that order by a Zipf law, so a few prisons hold most of them.
 */
final class Prisons {

  private static final List<String> KINDS = List.of("Centro Penitenciario de %s", "Internado Judicial de %s",
      "Comunidad Penitenciaria de %s", "Centro de Detención Preventiva de %s", "Centro de Reclusión de %s",
      "Centro de Formación del Hombre Nuevo de %s", "Centro de Reclusión para Mujeres de %s", "Rodeo de %s");

  /** The prisons, biggest first, and the law that spreads detainees over them. */
  record Ranked(List<Dataset.PrisonItem> bySize, Zipf spread) {

    Dataset.PrisonItem pick(Draft d) {
      return bySize.get(spread.sample(d.random));
    }
  }

  private Prisons() {}

  static Ranked add(Draft d) {
    var taken = new HashSet<String>();
    for (int i = 0; i < d.size.prisons(); i++) {
      var region = Places.REGIONS.get(i % Places.REGIONS.size());
      var town = d.pick(region.towns());
      var name = d.pick(KINDS).formatted(town);
      for (int attempt = 2; !taken.add(name); attempt++) {
        name = d.pick(KINDS).formatted(town) + (attempt > 10 ? " " + (attempt - 9) : "");
      }
      var id = d.id("prison");
      var aliases = List.of("Cárcel de " + town, Text.capitalised(name.replace(" de " + town, "")) + " " + town);
      d.prisons.add(new Dataset.PrisonItem(id, name, aliases.stream().distinct().toList(),
          "A prison in %s, %s.".formatted(town, region.name()),
          region.name(), "VE"));
      d.entity(id, name, region.name());
    }
    var bySize = new ArrayList<>(d.prisons);
    for (int i = bySize.size() - 1; i > 0; i--) {
      Collections.swap(bySize, i, d.random.nextInt(i + 1));
    }
    return new Ranked(List.copyOf(bySize), new Zipf(bySize.size(), Size.PRISON_SKEW));
  }
}
