package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTests {

  @ParameterizedTest
  @CsvSource({"2024, 2024-01-01, 2024-12-31", "2024-02, 2024-02-01, 2024-02-29", "2024-07-28, 2024-07-28, 2024-07-28",
      "2023-02, 2023-02-01, 2023-02-28"})
  void shouldCoverTheDaysItsPrecisionAllows(String text, LocalDate start, LocalDate end) {
    var date = PartialDate.parse(text);
    assertThat(date.start()).isEqualTo(start);
    assertThat(date.end()).isEqualTo(end);
    assertThat(date).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024-02-30", "2023-02-29", "24", "2024-7", "2024-07-28T10:00", "yesterday", ""})
  void shouldRefuseWhatIsNotAPartialDateSayingWhy(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text)).withMessageContaining("'" + text + "'");
  }

  @Test
  void shouldOrderByFirstDayThenVaguerFirst() {
    var dates = new ArrayList<>(List.of("2024-11-16", "2024-07-28", "2024-11", "2024", "2025-01", "2024-01-01")
        .stream().map(PartialDate::parse).toList());
    dates.sort(null);
    assertThat(dates).map(PartialDate::toString)
        .containsExactly("2024", "2024-01-01", "2024-07-28", "2024-11", "2024-11-16", "2025-01");
  }
}
