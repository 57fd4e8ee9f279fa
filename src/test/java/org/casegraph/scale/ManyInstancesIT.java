package org.casegraph.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casegraph.scale.Instances.Instance;
import org.casegraph.support.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three instances of the service on one Neo4j, as behind a load balancer: claims recorded through the
 * first reach subscribers on the other two, each once and in commit order, even when one of them is
 * killed mid-stream and its subscriber resumes, after the restart, from its last cursor; each write is
 * read back through another instance with its bookmark; a revoked token stops working on every
 * instance within the token cache's bound, and a new one works on all at once. Prints its figures.
 */
class ManyInstancesIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN = "cg_many-instances-admin-0123456789abcdefghijklmnop";
  private static final String SOURCE = "source:many-instances";
  private static final Duration TOKEN_CACHE = Duration.ofSeconds(2);
  private static final Duration STARTING = Duration.ofMinutes(2);
  private static final int PER_PHASE = 15;
  private static final String FEED = "subscription($after: String) { claimRecorded(about: \"" + SOURCE + "\", after: $after) { id feedCursor } }";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldDeliverEveryClaimOnceOnEveryInstanceReadEachWriteBackAndRevokeEverywhere() throws Exception {
    var began = System.nanoTime();
    var logs = Files.createDirectories(Path.of("target", "many-instances"));
    var settings = List.of("--spring.neo4j.uri=" + TestDatabase.uri(), "--spring.neo4j.authentication.password=" + TestDatabase.password(),
        "--casegraph.seed.enabled=false", "--casegraph.security.admin-token=" + ADMIN,
        "--casegraph.security.token-cache=" + TOKEN_CACHE.toSeconds() + "s", "--casegraph.feed.poll-interval=200ms",
        "--logging.level.root=warn");
    try (var instances = new Instances(Path.of("target", "casegraph.jar"), logs, settings)) {
      // The first applies the migrations to the new store; the others then start together.
      var a = instances.ready(instances.start("a"), STARTING);
      var b = instances.start("b");
      var c = instances.start("c");
      instances.ready(b, STARTING);
      instances.ready(c, STARTING);
      var started = seconds(began);

      setUp(a);
      var reader = secret(post(a, ADMIN, "mutation { createToken(name: \"many-instances-reader\", access: [READER]) { secret } }", null));
      var onB = new Subscriber("b", reader);
      var onC = new Subscriber("c", reader);
      onB.subscribe(b, null);
      onC.subscribe(c, null);
      awaitListening(a, List.of(onB, onC));

      var acknowledged = new ArrayList<String>();
      var bookmarkReads = new int[2];
      var through = new Instance[] {b, c};
      // Phase 1: everyone up. Phase 2: b killed. Phase 3: b restarting. Phase 4: b's subscriber resumed.
      record(a, through, "one", acknowledged, bookmarkReads);
      Instances.kill(b);
      onB.dropped();
      var restarted = instances.start("b-again");
      through = new Instance[] {c};
      record(a, through, "two", acknowledged, bookmarkReads);
      instances.ready(restarted, STARTING);
      record(a, through, "three", acknowledged, bookmarkReads);
      onB.subscribe(restarted, onB.lastCursor());
      through = new Instance[] {restarted, c};
      record(a, through, "four", acknowledged, bookmarkReads);

      for (var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          System.nanoTime() < deadline && !(onB.ids().containsAll(acknowledged) && onC.ids().containsAll(acknowledged)); ) {
        Thread.sleep(200);
      }
      var revocation = revocation(a, List.of(restarted, c));
      onB.stop();
      onC.stop();

      var figures = new LinkedHashMap<String, Object>();
      figures.put("acknowledged", acknowledged.size());
      for (var subscriber : List.of(onB, onC)) {
        figures.put(subscriber.name + " delivered", subscriber.ids().size());
        figures.put(subscriber.name + " duplicates", subscriber.ids().size() - subscriber.ids().stream().distinct().count());
        figures.put(subscriber.name + " lost", acknowledged.stream().filter(id -> !subscriber.ids().contains(id)).count());
      }
      figures.put("bookmark reads found", bookmarkReads[0] + " of " + bookmarkReads[1]);
      figures.put("revocation delay ms", revocation);
      figures.put("new token", "accepted at once on every instance");
      figures.put("instances ready after s", started);
      figures.put("whole test s", seconds(began));
      System.out.println("ManyInstancesIT: " + figures);

      for (var subscriber : List.of(onB, onC)) {
        assertThat(subscriber.ids()).as(subscriber.name + ": every acknowledged claim once, in commit order")
            .containsExactlyElementsOf(acknowledged);
      }
      assertThat(onB.resumedWith()).as("b's subscriber resumed from its cursor").isNotNull();
      assertThat(bookmarkReads[0]).as("writes read back through another instance with their bookmark").isEqualTo(bookmarkReads[1]);
      assertThat(revocation.values()).as("a revoked token refused everywhere within the token cache's bound")
          .allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(TOKEN_CACHE.toMillis() + 1_500));
    }
  }

  /** A source and a claimant for the claims, made on the writing instance. */
  private void setUp(Instance a) throws Exception {
    errorsFree(post(a, ADMIN, """
        mutation {
          upsertSource(input: {id: "%s", title: "Many instances, one graph"}) { id }
          upsertOrganisation(input: {id: "org:many-instances", name: "Many Instances Monitor", category: NGO}) { id }
        }""".formatted(SOURCE), null));
  }

  /** Records claims one after another on {@code a}, each read back through another instance with its bookmark. */
  private void record(Instance a, Instance[] through, String phase, List<String> acknowledged, int[] bookmarkReads) throws Exception {
    for (int i = 0; i < PER_PHASE; i++) {
      var id = "claim:many-instances-%s-%02d-%d".formatted(phase, i, System.nanoTime() % 100_000);
      var response = post(a, ADMIN, """
          mutation { recordClaim(input: {id: "%s", statement: "Claim %d of phase %s.", claimant: "org:many-instances",
            source: "%s", subjects: ["org:many-instances"]}) { id } }""".formatted(id, i, phase, SOURCE), null);
      errorsFree(response);
      acknowledged.add(id);
      var bookmark = response.path("extensions").path("bookmark").asString();
      var read = post(through[i % through.length], ADMIN, "{ node(id: \"%s\") { id } }".formatted(id), bookmark);
      bookmarkReads[1]++;
      if (id.equals(read.path("data").path("node").path("id").asString(null))) {
        bookmarkReads[0]++;
      }
    }
  }

  /** Records a claim now and then until every subscriber has one: until then a subscription may not yet be in place. */
  private void awaitListening(Instance a, List<Subscriber> subscribers) throws Exception {
    var probes = new ArrayList<String>();
    for (int attempt = 0; attempt < 60 && subscribers.stream().anyMatch(s -> s.received.isEmpty()); attempt++) {
      var id = "claim:many-instances-probe-" + attempt + "-" + System.nanoTime() % 100_000;
      errorsFree(post(a, ADMIN, """
          mutation { recordClaim(input: {id: "%s", statement: "A probe.", claimant: "org:many-instances", source: "%s",
            subjects: ["org:many-instances"]}) { id } }""".formatted(id, SOURCE), null));
      probes.add(id);
      Thread.sleep(500);
    }
    // Everything from the last probe on is counted; the probes before it are not part of the figures.
    var last = probes.getLast();
    for (var subscriber : subscribers) {
      subscriber.startCountingAfter(last);
    }
  }

  /** Creates a token on a, uses it on the others, revokes it on a; how long until each other refuses it. */
  private Map<String, Long> revocation(Instance a, List<Instance> others) throws Exception {
    post(a, ADMIN, "mutation { revokeToken(name: \"many-instances-revoked\") }", null);
    var secret = secret(post(a, ADMIN, "mutation { createToken(name: \"many-instances-revoked\", access: [READER]) { secret } }", null));
    for (var other : others) {
      assertThat(status(other, secret)).as("a new token on %s at once", other.name()).isEqualTo(200);
    }
    errorsFree(post(a, ADMIN, "mutation { revokeToken(name: \"many-instances-revoked\") }", null));
    var revokedAt = System.nanoTime();
    var delays = new LinkedHashMap<String, Long>();
    for (var deadline = revokedAt + Duration.ofSeconds(30).toNanos(); delays.size() < others.size() && System.nanoTime() < deadline; ) {
      for (var other : others) {
        if (!delays.containsKey(other.name()) && status(other, secret) == 401) {
          delays.put(other.name(), (System.nanoTime() - revokedAt) / 1_000_000);
        }
      }
      Thread.sleep(50);
    }
    assertThat(delays).as("refused on every instance").hasSize(others.size());
    return delays;
  }

  private int status(Instance instance, String token) throws Exception {
    return send(instance, token, "{ __typename }", null).statusCode();
  }

  private JsonNode post(Instance instance, String token, String query, @Nullable String bookmark) throws Exception {
    var response = send(instance, token, query, bookmark);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(Instance instance, String token, String query, @Nullable String bookmark) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(instance.http() + "/graphql")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
    if (bookmark != null && !bookmark.isEmpty()) {
      request.header("Casegraph-Bookmark", bookmark);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void errorsFree(JsonNode response) {
    assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
  }

  private static String secret(JsonNode response) {
    errorsFree(response);
    return response.path("data").path("createToken").path("secret").asString();
  }

  private static long seconds(long since) {
    return Duration.ofNanos(System.nanoTime() - since).toSeconds();
  }

  /** A front-end following the feed over graphql-ws on one instance, keeping its last cursor. */
  private static final class Subscriber {
    private final String name;
    private final String token;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile @Nullable String cursor;
    private volatile @Nullable String countAfter;
    private volatile @Nullable String resumedWith;
    private @Nullable WebSocketGraphQlClient client;
    private @Nullable Disposable subscription;

    Subscriber(String name, String token) {
      this.name = "subscriber on " + name;
      this.token = token;
    }

    void subscribe(Instance instance, @Nullable String after) {
      resumedWith = after;
      client = WebSocketGraphQlClient.builder(instance.socket(), new ReactorNettyWebSocketClient())
          .interceptor(new WebSocketGraphQlClientInterceptor() {
            @Override
            public Mono<Object> connectionInitPayload() {
              return Mono.just(Map.of("Authorization", "Bearer " + token));
            }
          }).build();
      var request = client.document(FEED);
      if (after != null) {
        request = request.variable("after", after);
      }
      subscription = request.retrieveSubscription("claimRecorded").toEntity(Map.class)
          .subscribe(claim -> {
            received.add((String) claim.get("id"));
            cursor = (String) claim.get("feedCursor");
          }, disconnected -> { });
    }

    void dropped() {
      if (subscription != null) {
        subscription.dispose();
      }
    }

    void stop() {
      dropped();
      if (client != null) {
        client.stop().block(Duration.ofSeconds(5));
      }
    }

    @Nullable String lastCursor() {
      return cursor;
    }

    @Nullable String resumedWith() {
      return resumedWith;
    }

    void startCountingAfter(String probe) {
      countAfter = probe;
    }

    /** What it received after the probes, in order. */
    List<String> ids() {
      var all = List.copyOf(received);
      var from = countAfter == null ? -1 : all.indexOf(countAfter);
      return from < 0 ? Collections.emptyList() : all.subList(from + 1, all.size());
    }
  }
}
