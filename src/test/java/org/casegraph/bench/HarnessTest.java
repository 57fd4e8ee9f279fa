package org.casegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a server's warm-up has settled: its CPU per request no longer falls from one round to the next. */
class HarnessTest {

  @Test
  void shouldKeepWarmingWhileTheCostPerRequestStillFalls() {
    assertThat(Harness.settled(List.of(5.5))).as("one round has nothing to compare with").isFalse();
    assertThat(Harness.settled(List.of(5.5, 4.0))).as("27% cheaper than the round before").isFalse();
    assertThat(Harness.settled(List.of(5.5, 4.0, 2.7, 1.55))).isFalse();
  }

  @Test
  void shouldSettleWhenARoundCostsAtLeastNineteenTwentiethsOfTheOneBefore() {
    assertThat(Harness.settled(List.of(1.60, 1.55))).isTrue();
    assertThat(Harness.settled(List.of(1.50, 1.58))).as("dearer than the round before").isTrue();
    assertThat(Harness.settled(List.of(2.0, 1.89))).as("5.5% cheaper").isFalse();
  }
}
