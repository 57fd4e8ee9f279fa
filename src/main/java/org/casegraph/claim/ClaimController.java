package org.casegraph.claim;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casegraph.graph.Entity;
import org.casegraph.graph.Identified;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.graph.Nodes;
import org.casegraph.graph.Related;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.casegraph.support.PartialDate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Claims: who says so, where, about whom, and which claims disagree. */
@Controller
class ClaimController {

  private final ClaimRepository claims;
  private final Contradictions contradictions;
  private final NodeRepository nodes;
  private final PagingProperties paging;
  private final Projections projections;

  ClaimController(ClaimRepository claims, Contradictions contradictions, NodeRepository nodes, PagingProperties paging,
      Projections projections) {
    this.claims = claims;
    this.contradictions = contradictions;
    this.nodes = nodes;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Claim> claims(@Argument @Nullable Integer first, @Argument @Nullable String after,
      @Argument @Nullable String claimant, @Argument @Nullable String subject, @Argument @Nullable String source,
      @Argument @Nullable String event, @Argument @Nullable PartialDate from, @Argument @Nullable PartialDate to,
      @Argument @Nullable Boolean contested, DataFetchingEnvironment env) {
    var filter = new ClaimRepository.Filter(claimant, subject, source, event, from, to, contested);
    return claims.page(filter, PageRequest.of(first, after, paging), projections.ofConnection(env));
  }

  @QueryMapping
  List<Contradiction> contradictions(@Argument @Nullable String about, @Argument @Nullable Integer first,
      @Argument @Nullable PartialDate asOf) {
    var size = paging.size(first, 20);
    return contradictions.find(about, asOf, size);
  }

  @SchemaMapping(typeName = "Claim")
  CompletableFuture<Identified> claimant(Claim claim, DataLoader<String, Identified> nodes) {
    return nodes.load(claim.claimantId());
  }

  @SchemaMapping(typeName = "Claim")
  CompletableFuture<Identified> source(Claim claim, DataLoader<String, Identified> nodes) {
    return nodes.load(claim.sourceId());
  }

  @SchemaMapping(typeName = "Claim")
  @Nullable CompletableFuture<Identified> event(Claim claim, DataLoader<String, Identified> nodes) {
    return claim.eventId() == null ? null : nodes.load(claim.eventId());
  }

  @BatchMapping(typeName = "Claim")
  Map<Claim, List<Entity>> subjects(List<Claim> parents) {
    return Related.follow(nodes, Link.CLAIM_SUBJECTS, parents, Nodes::entity);
  }

  @BatchMapping(typeName = "Claim")
  Map<Claim, List<Claim>> supports(List<Claim> parents) {
    return Related.follow(nodes, Link.CLAIM_SUPPORTS, parents, Claim::from);
  }

  @BatchMapping(typeName = "Claim")
  Map<Claim, List<Claim>> contradicts(List<Claim> parents) {
    return Related.follow(nodes, Link.CLAIM_CONTRADICTS, parents, Claim::from);
  }
}
