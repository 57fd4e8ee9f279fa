package org.casegraph.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.casegraph.support.Quantity;
import org.casegraph.support.Quantity.QuantityQualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRangeTests {

  @ParameterizedTest(name = "{0} {1} and {2} {3} can both be true: {4}")
  @CsvSource({
      "EXACT, 107, MORE_THAN, 130, false",
      "AT_LEAST, 1800, EXACT, 1500, false",
      "MORE_THAN, 100, EXACT, 107, true",
      "MORE_THAN, 100, EXACT, 100, false",
      "AT_LEAST, 100, EXACT, 100, true",
      "EXACT, 50, APPROXIMATELY, 45, false",
      "EXACT, 49, APPROXIMATELY, 45, true",
      "AT_MOST, 10, MORE_THAN, 10, false",
      "AT_MOST, 10, AT_LEAST, 10, true",
      "MORE_THAN, 1800, MORE_THAN, 200, true",
      "EXACT, 52, EXACT, 43, false",
  })
  void shouldTellWhetherTwoCountsCanBothBeTrue(QuantityQualifier q1, double v1, QuantityQualifier q2, double v2, boolean meet) {
    var a = QuantityRange.of(new Quantity(v1, "people", q1));
    var b = QuantityRange.of(new Quantity(v2, "people", q2));
    assertThat(a.meets(b)).isEqualTo(meet);
    assertThat(b.meets(a)).isEqualTo(meet);
  }

  @ParameterizedTest
  @CsvSource({"EXACT, 50, exactly 50 people", "MORE_THAN, 1800, more than 1800 people", "APPROXIMATELY, 4.5, about 4.5 people"})
  void shouldDescribeACountAsAPersonWouldSayIt(QuantityQualifier qualifier, double value, String words) {
    assertThat(QuantityRange.describe(new Quantity(value, "people", qualifier))).isEqualTo(words);
  }
}
