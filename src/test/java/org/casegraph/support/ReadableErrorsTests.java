package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableErrorsTests {

  @Test
  void shouldShowValuesAsTheyWereWritten() {
    assertThat(ReadableErrors.rewrite("argument 'from' with value 'StringValue{value='2024-13'}' is not a valid 'PartialDate'"))
        .isEqualTo("argument 'from' with value '\"2024-13\"' is not a valid 'PartialDate'");
    assertThat(ReadableErrors.rewrite("argument 'from' with value 'IntValue{value=2024}' is not a valid 'PartialDate'"))
        .isEqualTo("argument 'from' with value '2024' is not a valid 'PartialDate'");
    assertThat(ReadableErrors.rewrite("with value 'EnumValue{name='RIOT'}' is not a valid 'EventKind'"))
        .isEqualTo("with value 'RIOT' is not a valid 'EventKind'");
  }

  @Test
  void shouldNameTheKindOfValueExpected() {
    assertThat(ReadableErrors.rewrite("is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a 'StringValue'"))
        .isEqualTo("is not a valid 'Int' - expected an integer but got a string");
  }
}
