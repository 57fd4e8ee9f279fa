package org.casegraph.claim;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.casegraph.audit.AuditTrail;
import org.casegraph.security.LiveAccess;
import org.casegraph.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * New claims as they are recorded, through any instance, for front-ends that keep a view open: each
 * committed claim goes, in commit order, to every subscriber whose filter it matches and who may see it,
 * with a cursor from which a subscriber that reconnects resumes, missing nothing and receiving nothing twice.
 */
@Controller
class ClaimFeed {

  private final RecordedClaims claims;
  private final LiveAccess access;

  ClaimFeed(RecordedClaims claims, LiveAccess access) {
    this.claims = claims;
    this.access = access;
  }

  @EventListener
  void on(AuditTrail.Committed change) {
    if (!change.claims().isEmpty()) {
      claims.nudge();
    }
  }

  @SubscriptionMapping
  @PreAuthorize("hasRole('READER')")
  Flux<DataFetcherResult<Claim>> claimRecorded(@Argument @Nullable String about, @Argument @Nullable String after) {
    var confidential = Viewer.seesRestricted();
    var start = after == null ? null : FeedPosition.decode(after);
    return access.whileTokenValid(claims.after(start)
        .filter(r -> (confidential || !r.restricted()) && (about == null || r.related().contains(about)))
        .map(r -> DataFetcherResult.<Claim>newResult().data(r.claim()).localContext(r.position().encode()).build()));
  }

  /** The cursor of a claim delivered by claimRecorded; null where the claim was read otherwise. */
  @SchemaMapping(typeName = "Claim")
  @Nullable String feedCursor(Claim claim, DataFetchingEnvironment environment) {
    return environment.getLocalContext() instanceof String cursor ? cursor : null;
  }
}
