package org.casegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.casegraph.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * With an identity provider configured, its JWTs are accepted beside local tokens: the subject is
 * who asks, the roles claim what they may do; a JWT signed by anyone else is refused.
 */
@Import(JwtAccessIT.Issuer.class)
class JwtAccessIT extends ApiIT {

  private static final KeyPair PROVIDER = keys();
  private static final KeyPair STRANGER = keys();

  @TestConfiguration
  static class Issuer {
    @Bean
    JwtDecoder jwtDecoder() {
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) PROVIDER.getPublic()).build();
    }
  }

  @Test
  void shouldAcceptTheProvidersJwtWithItsSubjectAndRoles() {
    var editor = tester("maria@newsroom.example", List.of("EDITOR", "UNKNOWN-ROLE"), PROVIDER);
    editor.document("{ viewer { name access } }").execute().errors().verify()
        .path("viewer.name").entity(String.class).isEqualTo("maria@newsroom.example")
        .path("viewer.access").entityList(String.class).containsExactly("EDITOR");
    editor.document("mutation { createToken(name: \"x\", access: [READER]) { secret } }").execute().errors()
        .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    // Local tokens keep working beside JWTs.
    graphQl.document("{ viewer { name } }").execute().path("viewer.name").entity(String.class).isEqualTo("test-reader");
  }

  @Test
  void shouldRefuseAJwtSignedByAnotherKey() throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + jwt("mallory", List.of("ADMIN"), STRANGER))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { name } }\"}")).build();
    try (var client = java.net.http.HttpClient.newHttpClient()) {
      var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("UNAUTHORIZED").doesNotContain("mallory");
    }
  }

  @org.springframework.boot.test.web.server.LocalServerPort
  private int port;

  private org.springframework.graphql.test.tester.HttpGraphQlTester tester(String subject, List<String> roles, KeyPair key) {
    return anonymous().mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt(subject, roles, key)).build();
  }

  private static String jwt(String subject, List<String> roles, KeyPair key) {
    try {
      var claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
          .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
      var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(key.getPrivate()));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
