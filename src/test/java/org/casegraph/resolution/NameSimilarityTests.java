package org.casegraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSimilarityTests {

  @Test
  void shouldScoreTheSameNameWithAndWithoutAccentsAsOne() {
    var result = NameSimilarity.compare(names("Nicolás Maduro"), names("Nicolas Maduro"));
    assertThat(result.score()).isEqualTo(1.0);
    assertThat(result.reasons()).containsExactly("the same name: 'Nicolás Maduro' and 'Nicolas Maduro', ignoring case and accents");
  }

  @Test
  void shouldNameASharedAliasAndANameThatIsTheOthersAlias() {
    assertThat(NameSimilarity.compare(names("Marco Antonio Ruiz", "Marco Ruiz"), names("Marco Ruiz")).reasons())
        .contains("the name of one is an alias of the other: 'Marco Ruiz'");
    var shared = NameSimilarity.compare(names("National Electoral Council", "CNE"), names("Consejo Nacional Electoral", "CNE"));
    assertThat(shared.reasons()).contains("a shared alias: 'CNE'");
    assertThat(shared.score()).isEqualTo(0.9);
  }

  @Test
  void shouldScoreATypoHighAndSayHowSimilar() {
    var result = NameSimilarity.compare(names("Alfredo Romero"), names("Alfredo Romro"));
    assertThat(result.score()).isBetween(0.9, 0.999);
    assertThat(result.reasons()).singleElement().asString()
        .startsWith("similar names: 'Alfredo Romero' and 'Alfredo Romro' (Jaro-Winkler 0.9").endsWith("2 of 2 words alike)");
  }

  @Test
  void shouldScoreDifferentPeopleLow() {
    assertThat(NameSimilarity.compare(names("Alfredo Romero"), names("Edmundo González")).score()).isLessThan(0.6);
    assertThat(NameSimilarity.compare(names("Foro Penal"), names("Human Rights Watch", "HRW")).score()).isLessThan(0.6);
  }

  @Test
  void shouldIgnoreNamesWithoutLettersOrDigits() {
    assertThat(NameSimilarity.compare(names("—"), names("Ana Pérez")).score()).isZero();
  }

  private static NameSimilarity.Names names(String name, String... aliases) {
    return new NameSimilarity.Names(name, List.of(aliases));
  }
}
