package org.casegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.casegraph.support.ApiIT;
import org.casegraph.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Who may use the API: nobody without a token, readers query, admins manage tokens. */
class AccessIT extends ApiIT {

  private static final String QUERY = "{\"query\":\"{ sources { totalCount } }\"}";


  @Test
  void shouldRefuseARequestWithoutATokenSayingHowToSendOne() throws Exception {
    var response = post(QUERY, null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"", "Authorization: Bearer").doesNotContain("totalCount");
  }

  @Test
  void shouldNotLetAWebSocketUpgradeHeaderStandInForAToken() throws Exception {
    // Java's HTTP clients refuse to set Upgrade, so this request is written by hand.
    try (var socket = new java.net.Socket("localhost", port)) {
      var body = QUERY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      socket.setSoTimeout(30_000);
      var answer = new String(socket.getInputStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 401").doesNotContain("totalCount");
    }
  }

  @Test
  void shouldRefuseAnUnknownOrMalformedToken() throws Exception {
    for (var token : new String[] {"cg_not-a-token-at-all-but-long-enough-to-look-like-one", "abc", "eyJhbGciOiJIUzI1NiJ9.e30.x"}) {
      var response = post(QUERY, "Bearer " + token);
      assertThat(response.statusCode()).as(token).isEqualTo(401);
      assertThat(response.body()).as(token).contains("UNAUTHORIZED").doesNotContain("Exception");
    }
  }

  @Test
  void shouldAnswerAReaderAndSayWhoTheyAre() {
    graphQl.document("{ viewer { name access } sources { totalCount } }").execute().errors().verify()
        .path("viewer.name").entity(String.class).isEqualTo(TestTokens.READER.tokenName())
        .path("viewer.access").entityList(String.class).containsExactly("READER")
        .path("sources.totalCount").entity(Integer.class).isEqualTo(1);
  }

  @Test
  void shouldLetOnlyAnAdminManageTokens() {
    for (var token : new TestTokens[] {TestTokens.READER, TestTokens.EDITOR, TestTokens.CONFIDENTIAL_READER}) {
      as(token).document("mutation { createToken(name: \"intruder\", access: [ADMIN]) { secret } }").execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
            assertThat(e.getMessage()).contains("createToken");
          }));
      as(token).document("{ tokens { name } }").execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }
    assertThat(tokens.list()).extracting(Token::name).doesNotContain("intruder");
  }

  @Test
  void shouldCreateATokenThatWorksAtOnceAndStopsWhenRevoked() throws Exception {
    tokens.revoke("analyst");
    var secret = as(TestTokens.ADMIN).document("""
            mutation { createToken(name: "analyst", access: [EDITOR]) { secret token { name access createdBy } } }""")
        .execute().errors().verify()
        .path("createToken.token.access").entityList(String.class).containsExactly("EDITOR")
        .path("createToken.token.createdBy").entity(String.class).isEqualTo(TestTokens.ADMIN.tokenName())
        .path("createToken.secret").entity(String.class).get();
    assertThat(secret).startsWith("cg_").hasSize(46);
    assertThat(post("{\"query\":\"{ viewer { name access } }\"}", "Bearer " + secret).body())
        .contains("\"name\":\"analyst\"", "\"EDITOR\"");

    as(TestTokens.ADMIN).document("mutation { dup: createToken(name: \"analyst\", access: [READER]) { secret } }").execute()
        .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
          assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
          assertThat(e.getMessage()).contains("already a token named 'analyst'");
        }));

    as(TestTokens.ADMIN).document("mutation { revokeToken(name: \"analyst\") }").execute()
        .path("revokeToken").entity(Boolean.class).isEqualTo(true);
    assertThat(post(QUERY, "Bearer " + secret).statusCode()).isEqualTo(401);
  }

  @Test
  void shouldAcceptATokenStoredBehindThisInstancesBackAtOnceEvenAfterItWasRefused() throws Exception {
    var secret = "cg_created-elsewhere-0123456789abcdefghijklmnop";
    tokens.revoke("created-elsewhere");
    assertThat(post(QUERY, "Bearer " + secret).statusCode()).as("before it exists").isEqualTo(401);
    // As another instance would: straight into Neo4j, this instance not told.
    tokens.put("created-elsewhere", secret, java.util.EnumSet.of(Access.READER), "tests");
    try {
      assertThat(post(QUERY, "Bearer " + secret).statusCode()).as("the next request").isEqualTo(200);
    } finally {
      tokens.revoke("created-elsewhere");
    }
  }

  @Test
  void shouldStoreOnlyTheHashOfATokensSecret() {
    var stored = driver.executableQuery("MATCH (t:ApiToken {name: $name}) RETURN properties(t) AS t")
        .withParameters(java.util.Map.of("name", TestTokens.READER.tokenName())).execute().records().getFirst()
        .get("t").asMap();
    assertThat(stored.values()).map(String::valueOf).noneMatch(v -> v.contains(TestTokens.READER.secret()));
    assertThat(stored).containsEntry("hash", Tokens.hash(TestTokens.READER.secret()));
  }

  private HttpResponse<String> post(String body, String authorization) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
