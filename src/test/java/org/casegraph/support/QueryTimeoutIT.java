package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.TestPropertySource;

/**
 * The query timeout bounds the Neo4j transaction itself: a read that outlasts it is stopped by Neo4j
 * (not left running there), and the client is told what happened and what to do.
 */
@TestPropertySource(properties = "casegraph.limits.query-timeout=1ms")
class QueryTimeoutIT extends ApiIT {

  @Test
  void shouldStopAReadThatOutlastsTheTimeoutInNeo4jAndSaySo() {
    var timedOut = false;
    for (int attempt = 0; attempt < 20 && !timedOut; attempt++) {
      var errors = graphQl.document("{ contradictions(first: 50) { reason } neighbourhood(of: \"org:foro-penal\", depth: 3) { nodes { id } } }")
          .execute().errors();
      var response = new boolean[1];
      errors.satisfy(list -> {
        response[0] = !list.isEmpty();
        assertThat(list).allSatisfy(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains("longer than the query timeout", "ask for less");
          ErrorMessages.assertNothingInternal(e);
        });
      });
      timedOut = response[0];
    }
    assertThat(timedOut).as("a read timed out at 1 ms").isTrue();
    var running = driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n")
        .execute().records().getFirst().get("n").asLong();
    assertThat(running).as("transactions still running in Neo4j").isZero();
  }
}
