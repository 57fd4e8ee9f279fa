package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.casegraph.CasegraphApplication;
import org.casegraph.security.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A load balancer sends no traffic to an instance that is still starting: from the moment its port
 * opens until its start-up work is done, every request gets 503 with Retry-After, readiness is DOWN and
 * liveness UP; then the same request with the same token is answered.
 */
class ReadinessIT {

  private static final String QUERY = "{\"query\":\"{ __typename }\"}";
  private static final CountDownLatch startUpWorkReached = new CountDownLatch(1);
  private static final CountDownLatch finishStartUpWork = new CountDownLatch(1);

  /** Start-up work that lasts until the test says so, standing in for a slow seed. */
  @TestConfiguration(proxyBeanMethods = false)
  static class SlowStartUpWork {
    @Bean
    ApplicationRunner slowSeed(Tokens tokens) {
      return args -> {
        TestTokens.ensure(tokens);
        startUpWorkReached.countDown();
        finishStartUpWork.await(2, TimeUnit.MINUTES);
      };
    }
  }

  @Test
  void shouldRefuseRequestsWithRetryAfterUntilTheStartUpWorkIsDone() throws Exception {
    var port = new CompletableFuture<Integer>();
    var app = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(CasegraphApplication.class, SlowStartUpWork.class)
        .listeners((ApplicationListener<WebServerInitializedEvent>) e -> port.complete(e.getWebServer().getPort()))
        .run("--spring.neo4j.uri=" + TestDatabase.uri(), "--spring.neo4j.authentication.password=" + TestDatabase.password(),
            "--server.port=0", "--casegraph.seed.enabled=false"));
    try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      var base = "http://localhost:" + port.get(3, TimeUnit.MINUTES);
      var early = new ArrayList<HttpResponse<String>>();
      // From the moment the port opens until the start-up work has certainly begun, and a while into it.
      while (startUpWorkReached.getCount() > 0 || early.size() < 5) {
        early.add(post(http, base));
      }
      var readiness = get(http, base + "/actuator/health/readiness");
      var liveness = get(http, base + "/actuator/health/liveness");
      finishStartUpWork.countDown();
      try (var started = app.get(1, TimeUnit.MINUTES)) {
        var ready = post(http, base);

        System.out.printf("ReadinessIT: %d requests while starting, statuses %s; readiness %d, liveness %d%n", early.size(),
            early.stream().map(HttpResponse::statusCode).distinct().toList(), readiness.statusCode(), liveness.statusCode());
        assertThat(early).allSatisfy(response -> {
          assertThat(response.statusCode()).isEqualTo(503);
          assertThat(response.headers().firstValue("Retry-After")).hasValue(StartingUp.RETRY_AFTER_SECONDS);
          assertThat(response.body()).contains("The service is starting", "\"classification\":\"UNAVAILABLE\"");
        });
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("OUT_OF_SERVICE");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(get(http, base + "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
      }
    } finally {
      finishStartUpWork.countDown();
      app.thenAccept(ConfigurableApplicationContext::close);
    }
  }

  private static HttpResponse<String> post(HttpClient http, String base) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
        .header("Authorization", TestTokens.READER.bearer()).POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

}
