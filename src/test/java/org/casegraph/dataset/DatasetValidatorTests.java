package org.casegraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetValidatorTests {

  @ParameterizedTest
  @CsvSource({"'', $", "/claims/3/source, $.claims[3].source", "/people/0, $.people[0]", "/a~1b/c~0d, $.a/b.c~d"})
  void shouldReportPlacesAsJsonPaths(String pointer, String path) {
    assertThat(DatasetValidator.jsonPath(pointer)).isEqualTo(path);
  }
}
