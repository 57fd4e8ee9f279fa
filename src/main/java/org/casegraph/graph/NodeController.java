package org.casegraph.graph;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.casegraph.claim.Claim;
import org.casegraph.support.Connection;
import org.casegraph.support.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Nodes by id, and the claim pages every entity has. */
@Controller
class NodeController {

  private final NodeRepository nodes;
  private final ClaimPages claimPages;
  private final List<Forwarding> forwarding;
  private final Projections projections;

  NodeController(NodeRepository nodes, ClaimPages claimPages, List<Forwarding> forwarding, Projections projections) {
    this.nodes = nodes;
    this.claimPages = claimPages;
    this.forwarding = forwarding;
    this.projections = projections;
  }

  @QueryMapping
  Identified node(@Argument String id, DataFetchingEnvironment env) {
    var found = nodes.findByIds(List.of(id), projections.ofNodes(env)).get(id);
    if (found == null) {
      throw forwarding.stream().flatMap(f -> f.explain(id).stream()).findFirst()
          .map(NotFoundException::new).orElseGet(() -> NotFoundException.node(id));
    }
    return found;
  }

  @QueryMapping
  List<@Nullable Identified> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
    var found = nodes.findByIds(ids, projections.ofNodes(env));
    return ids.stream().map(found::get).toList();
  }

  @SchemaMapping(typeName = "Entity")
  CompletableFuture<Connection<Claim>> claimsMade(Entity entity, @Argument @Nullable Integer first,
      @Argument @Nullable String after, DataFetchingEnvironment env) {
    return claimPages.load(Link.CLAIMS_MADE, entity.id(), first, after, env);
  }

  @SchemaMapping(typeName = "Entity")
  CompletableFuture<Connection<Claim>> claimsAbout(Entity entity, @Argument @Nullable Integer first,
      @Argument @Nullable String after, DataFetchingEnvironment env) {
    return claimPages.load(Link.CLAIMS_ABOUT, entity.id(), first, after, env);
  }
}
