package org.casegraph.claim;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.casegraph.support.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * The claims recorded through any instance, in commit order, read from the audit trail (each change
 * numbered in its own transaction, see {@code V0004__change_sequence.cypher}). While someone subscribes,
 * one poller per instance reads what was committed since its last look and hands it to every subscriber
 * here; a subscriber that resumes from a position, or falls too far behind, first reads what it missed
 * from the audit trail, then joins the live claims, each claim once.
 */
@Component
class RecordedClaims {

  /** A claim as the feed delivers it, with what a subscriber's filter needs to decide without a query. */
  record Recorded(FeedPosition position, Claim claim, boolean restricted, Set<String> related) {}

  private record Page(List<Recorded> claims, long lastChange, boolean full) {}

  private static final Logger log = LoggerFactory.getLogger(RecordedClaims.class);
  private static final int CHANGES_PER_PAGE = 200;
  private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

  private final Driver driver;
  private final FeedProperties properties;
  private final Sinks.Many<Recorded> live = Sinks.many().multicast().directBestEffort();
  private final ReentrantLock lock = new ReentrantLock();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
      .name("claim-feed-poller").daemon().factory());
  private long polled;
  private int subscribers;
  private boolean failing;

  RecordedClaims(Driver driver, FeedProperties properties) {
    this.driver = driver;
    this.properties = properties;
    var every = properties.pollInterval().toMillis();
    poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
  }

  /** Every claim recorded after {@code after} (or from now, without one), then each as it is recorded. */
  Flux<Recorded> after(@Nullable FeedPosition after) {
    return Flux.defer(() -> {
      var start = after == null ? FeedPosition.afterChange(last()) : checked(after);
      return follow(start);
    }).subscribeOn(Schedulers.boundedElastic());
  }

  /** Asks for new changes now, instead of at the next poll: a write through this instance has just committed. */
  void nudge() {
    poller.execute(this::poll);
  }

  private Flux<Recorded> follow(FeedPosition start) {
    var delivered = new FeedPosition[] {start};
    return Flux.defer(() -> {
      // Listen first, then read the trail: nothing committed between the two is missed, and what both
      // bring is delivered once.
      join();
      Sinks.Many<Recorded> mine = Sinks.many().unicast().onBackpressureBuffer(Queues.<Recorded>get(properties.behind()).get());
      var listening = live.asFlux().subscribe(recorded -> {
        if (mine.tryEmitNext(recorded).isFailure()) {
          mine.tryEmitError(new Behind());
        }
      });
      return Flux.concat(replay(delivered[0]), mine.asFlux())
          .filter(recorded -> recorded.position().compareTo(delivered[0]) > 0)
          .doOnNext(recorded -> delivered[0] = recorded.position())
          .doFinally(signal -> {
            listening.dispose();
            leave();
          });
    }).onErrorResume(Behind.class, behind -> follow(delivered[0]));
  }

  /** What the audit trail holds after this position, page by page until it has no more. */
  private Flux<Recorded> replay(FeedPosition from) {
    return Mono.fromCallable(() -> page(from.change() - 1))
        .expand(page -> page.full() ? Mono.fromCallable(() -> page(page.lastChange())) : Mono.empty())
        .concatMapIterable(Page::claims);
  }

  private void poll() {
    lock.lock();
    try {
      if (subscribers == 0) {
        return;
      }
      Page page;
      do {
        page = page(polled);
        page.claims().forEach(live::tryEmitNext);
        polled = page.lastChange();
      } while (page.full());
      failing = false;
    } catch (RuntimeException e) {
      if (!failing) {
        log.warn("The claim feed cannot read the audit trail; it tries again every {}", properties.pollInterval(), e);
      }
      failing = true;
    } finally {
      lock.unlock();
    }
  }

  private void join() {
    lock.lock();
    try {
      if (subscribers++ == 0) {
        polled = last();
      }
    } finally {
      lock.unlock();
    }
  }

  private void leave() {
    lock.lock();
    try {
      subscribers--;
    } finally {
      lock.unlock();
    }
  }

  private FeedPosition checked(FeedPosition after) {
    var last = last();
    if (after.change() > last) {
      throw new BadRequestException("This feed cursor is ahead of the audit trail (change %d of %d): it comes from another store"
          .formatted(after.change(), last));
    }
    return after;
  }

  /** The number of the last change committed. */
  private long last() {
    return driver.executableQuery("OPTIONAL MATCH (s:ChangeSequence {name: 'changes'}) RETURN coalesce(s.last, 0) AS last")
        .withConfig(READ).execute().records().getFirst().get("last").asLong();
  }

  /** The claims of the changes after {@code change}, as many changes as fit a page, in commit order. */
  private Page page(long change) {
    var records = driver.executableQuery("""
            MATCH (c:Change) WHERE c.seq > $after
            WITH c ORDER BY c.seq LIMIT $limit
            CALL (c) {
              UNWIND range(0, size(coalesce(c.claims, [])) - 1) AS i
              MATCH (claim:Claim {id: c.claims[i]})
              RETURN collect({index: i, claim: claim, restricted: claim:Restricted,
                related: [(claim)-[:CLAIMED_BY|FROM|ABOUT|REPORTS|ASSERTS]->(n:Node) | n.id]}) AS claims
            }
            RETURN c.seq AS seq, claims ORDER BY seq
            """).withParameters(Map.of("after", change, "limit", CHANGES_PER_PAGE)).withConfig(READ).execute().records();
    var claims = new ArrayList<Recorded>();
    var last = change;
    for (var record : records) {
      last = record.get("seq").asLong();
      var seq = last;
      record.get("claims").asList(v -> v).forEach(c -> claims.add(new Recorded(new FeedPosition(seq, c.get("index").asInt()),
          Claim.from(c.get("claim").asNode()), c.get("restricted").asBoolean(), Set.copyOf(c.get("related").asList(r -> r.asString())))));
    }
    return new Page(claims, last, records.size() == CHANGES_PER_PAGE);
  }

  @PreDestroy
  void stop() {
    poller.shutdownNow();
  }

  /** A subscriber fell further behind than the feed keeps for it; it catches up from the audit trail. */
  private static final class Behind extends RuntimeException {
    Behind() {
      super(null, null, false, false);
    }
  }
}
