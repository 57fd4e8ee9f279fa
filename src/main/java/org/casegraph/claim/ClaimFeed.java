package org.casegraph.claim;

import java.util.HashMap;
import java.util.Optional;
import org.casegraph.audit.AuditTrail;
import org.casegraph.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * New claims as they are recorded, for front-ends that keep a view open: each committed claim goes to
 * every subscriber whose filter it matches and who may see it.
 */
@Controller
class ClaimFeed {

  private final Sinks.Many<String> recorded = Sinks.many().multicast().directBestEffort();
  /** Subscribers fall behind by at most this many claims before the oldest are dropped for them. */
  private static final int BEHIND = 1_000;
  private final Driver driver;

  ClaimFeed(Driver driver) {
    this.driver = driver;
  }

  @EventListener
  void on(AuditTrail.Committed change) {
    // A sink takes one emission at a time; each subscriber buffers what it has not yet asked for.
    synchronized (recorded) {
      change.created().stream().filter(id -> id.startsWith("claim:")).forEach(recorded::tryEmitNext);
    }
  }

  @SubscriptionMapping
  @PreAuthorize("hasRole('READER')")
  Flux<Claim> claimRecorded(@Argument @Nullable String about) {
    var confidential = Viewer.seesRestricted();
    return recorded.asFlux()
        .onBackpressureBuffer(BEHIND, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST)
        .concatMap(id -> Mono.fromCallable(() -> load(id, about, confidential)).subscribeOn(Schedulers.boundedElastic())
            .flatMap(Mono::justOrEmpty));
  }

  /** The claim, if it concerns {@code about} (as claimant, source, subject, event or asserted fact) and may be seen. */
  private Optional<Claim> load(String id, @Nullable String about, boolean confidential) {
    var parameters = new HashMap<String, Object>();
    parameters.put("id", id);
    parameters.put("about", about);
    parameters.put("confidential", confidential);
    return driver.executableQuery("""
            MATCH (c:Claim {id: $id})
            WHERE ($about IS NULL OR EXISTS { (c)-[:CLAIMED_BY|FROM|ABOUT|REPORTS|ASSERTS]->(:Node {id: $about}) })
              AND ($confidential OR NOT c:Restricted)
            RETURN c
            """).withParameters(parameters).execute().records().stream().findFirst().map(r -> Claim.from(r.get("c").asNode()));
  }
}
