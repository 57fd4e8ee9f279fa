package org.casegraph.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

/** A front-end subscribed over WebSocket sees each claim as it is recorded, under the same access rules as queries. */
class SubscriptionsIT extends ApiIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);


  private final ArrayList<String> recorded = new ArrayList<>();

  @AfterEach
  void forgetRecordedClaims() {
    forget(recorded.toArray(String[]::new));
  }

  private WebSocketGraphQlTester socket(@Nullable TestTokens token) {
    var builder = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
        .responseTimeout(PATIENCE);
    if (token != null) {
      builder.interceptor(new WebSocketGraphQlClientInterceptor() {
        @Override
        public Mono<Object> connectionInitPayload() {
          return Mono.just(Map.of("Authorization", token.bearer()));
        }
      });
    }
    return builder.build();
  }

  @Test
  void shouldDeliverAClaimAboutTocoronAsItIsRecordedAndNoOtherClaim() throws Exception {
    var received = socket(TestTokens.READER)
        .document("subscription { claimRecorded(about: \"prison:tocoron\") { id statement source { title } claimant { name } } }")
        .executeSubscription().toFlux("claimRecorded", Map.class)
        .next().toFuture();
    // Until the subscription is in place, recorded claims pass it by; keep recording until one arrives.
    for (int attempt = 0; attempt < 40 && !received.isDone(); attempt++) {
      record("claim:subscription-other-" + attempt, "person:alfredo-romero");
      record("claim:subscription-tocoron-" + attempt, "prison:tocoron");
      Thread.sleep(500);
    }
    var claim = received.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat((String) claim.get("id")).startsWith("claim:subscription-tocoron-");
    assertThat(claim.get("source")).isEqualTo(Map.of("title", "Venezuela frees more than 100 arrested after disputed election result"));
    assertThat(claim.get("claimant")).isEqualTo(Map.of("name", "Foro Penal"));
  }

  @Test
  void shouldResumeAfterItsLastCursorWithWhatWasRecordedMeanwhileAndNothingTwice() throws Exception {
    var document = "subscription($after: String) { claimRecorded(about: \"source:article-venezuela-post-election-releases\", after: $after) { id feedCursor } }";
    var first = socket(TestTokens.READER).document(document).executeSubscription()
        .toFlux("claimRecorded", Map.class).next().toFuture();
    for (int attempt = 0; attempt < 40 && !first.isDone(); attempt++) {
      record("claim:resume-warm-up-" + attempt, "prison:tocoron");
      Thread.sleep(500);
    }
    var last = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    // Disconnected (the first delivery ended that subscription): three claims are recorded meanwhile.
    var missed = java.util.List.of("claim:resume-a", "claim:resume-b", "claim:resume-c");
    missed.forEach(id -> record(id, "prison:tocoron"));
    var resumed = socket(TestTokens.READER).document(document).variable("after", last.get("feedCursor"))
        .executeSubscription().toFlux("claimRecorded", Map.class)
        .map(claim -> (String) claim.get("id"))
        .filter(id -> !id.startsWith("claim:resume-warm-up-"))
        .take(missed.size()).collectList().block(PATIENCE);
    assertThat(resumed).containsExactlyElementsOf(missed);
  }

  @Test
  void shouldRefuseACursorItDidNotGiveOut() {
    assertThatThrownBy(() -> socket(TestTokens.READER).document("subscription { claimRecorded(after: \"not-a-cursor\") { id } }")
        .executeSubscription().toFlux("claimRecorded.id", String.class).blockFirst(PATIENCE))
        .hasMessageContaining("is not a feed cursor this API gave out");
  }

  @Test
  void shouldCloseAConnectionWithoutAValidToken() {
    for (var socket : new WebSocketGraphQlTester[] {socket(null), badToken()}) {
      assertThatThrownBy(() -> socket.document("subscription { claimRecorded { id } }").executeSubscription()
          .toFlux("claimRecorded.id", String.class).blockFirst(PATIENCE))
          .isInstanceOf(GraphQlTransportException.class);
    }
  }

  private WebSocketGraphQlTester badToken() {
    return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
        .responseTimeout(PATIENCE)
        .interceptor(new WebSocketGraphQlClientInterceptor() {
          @Override
          public Mono<Object> connectionInitPayload() {
            return Mono.just(Map.of("Authorization", "Bearer cg_not-a-token-not-a-token-not-a-token-not"));
          }
        }).build();
  }

  private void record(String id, String subject) {
    recorded.add(id);
    as(TestTokens.EDITOR).document("""
            mutation { recordClaim(input: {id: "%s", statement: "A statement.", claimant: "org:foro-penal",
              source: "source:article-venezuela-post-election-releases", subjects: ["%s"]}) { id } }""".formatted(id, subject))
        .execute().errors().verify();
  }
}
