package org.casegraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameBlocksTests {

  @Test
  void shouldPairSpellingsAccentsTyposAndAliasesButNotStrangers() {
    var entities = List.of(
        names("Alfredo Romero"), names("Alfredo Romro"), names("Nicolás Maduro"), names("Maduro Nicolas"),
        names("Edmundo González", "González"), names("Gonzalez"), names("Foro Penal"));
    assertThat(NameBlocks.pairs(entities)).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3), List.of(4, 5));
  }

  @Test
  void shouldMakeNoPairsFromAWordTooManyShare() {
    var entities = new ArrayList<NameSimilarity.Prepared>();
    for (int i = 0; i < NameBlocks.MAX_BLOCK + 1; i++) {
      // A short second word makes no word keys: only "maria" is shared, by too many.
      entities.add(names("Maria " + "bcdfghjklmnpqrstvwxz".charAt(i % 20) + "a" + "bcdfghjklmnpqrstvwxz".charAt(i / 20)));
    }
    assertThat(NameBlocks.pairs(entities)).isEmpty();
  }

  private static NameSimilarity.Prepared names(String name, String... aliases) {
    return NameSimilarity.prepare(new NameSimilarity.Names(name, List.of(aliases)));
  }
}
