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

  private static final int ATTEMPTS = 200;

  @Test
  void shouldStopAReadThatOutlastsTheTimeoutInNeo4jAndSaySo() {
    var timedOut = false;
    // Neo4j stops a transaction at its next check once the timeout has passed; a read on a warm store can
    // finish first, so the request is asked again until one is stopped.
    for (int attempt = 0; attempt < ATTEMPTS && !timedOut; attempt++) {
      var errors = graphQl.document("""
          { contradictions(first: 50) { reason } neighbourhood(of: "org:foro-penal", depth: 3) { nodes { id } }
            stats(first: 20) { prisons { prison { id } } claimants { claims } } }""")
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

  @Test
  void shouldAnswerARestReadThatOutlastsTheTimeoutWithABadRequestThatSaysSo() throws Exception {
    var status = 0;
    var body = "";
    for (int attempt = 0; attempt < ATTEMPTS && status != 400; attempt++) {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
              "http://localhost:" + port + "/api/neighbourhood?of=org:foro-penal&depth=3&limit=500&view=claims"))
          .header("Authorization", TestTokens.READER.bearer()).GET().build();
      try (var client = java.net.http.HttpClient.newHttpClient()) {
        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        status = response.statusCode();
        body = response.body();
      }
    }
    assertThat(status).as("a REST read timed out at 1 ms").isEqualTo(400);
    assertThat(body).contains("longer than the query timeout", "ask for less").doesNotContain("Exception", "Neo.ClientError");
  }

  @org.springframework.boot.test.web.server.LocalServerPort
  private int port;
}
