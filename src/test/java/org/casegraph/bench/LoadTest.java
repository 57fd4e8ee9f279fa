package org.casegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading wrk's report: units of latency, errors, and a measurement in which nothing completed. */
class LoadTest {

  @Test
  void shouldReadLatenciesInTheirUnitsAndCountErrors() {
    var result = Load.parseWrk("""
        Running 10s test @ http://localhost:18090/graphql
          2 threads and 16 connections
          Latency Distribution
             50%  850.00us
             75%    7.45ms
             90%    9.11ms
             99%    1.20s
          1413 requests in 10.01s, 1.23MB read
          Socket errors: connect 0, read 1, write 0, timeout 2
          Non-2xx or 3xx responses: 4
        Requests/sec:    141.19
        """);
    assertThat(result.requests()).isEqualTo(1413);
    assertThat(result.perSecond()).isEqualTo(141.19);
    assertThat(result.p50Millis()).isEqualTo(0.85);
    assertThat(result.p99Millis()).isEqualTo(1200.0);
    assertThat(result.failures()).isEqualTo(7);
  }

  @Test
  void shouldGiveNoLatencyWhenNothingCompleted() {
    var result = Load.parseWrk("""
          Latency Distribution
             50%    0.00us
             75%    0.00us
             90%    0.00us
             99%    0.00us
          0 requests in 6.01s, 0.00B read
        Requests/sec:      0.00
        """);
    assertThat(result.requests()).isZero();
    assertThat(result.perSecond()).isZero();
    assertThat(result.p50Millis()).isNaN();
    assertThat(result.p99Millis()).isNaN();
  }
}
