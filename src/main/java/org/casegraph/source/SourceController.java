package org.casegraph.source;

import org.casegraph.graph.Projections;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casegraph.claim.Claim;
import org.casegraph.graph.ClaimPages;
import org.casegraph.graph.Link;
import org.casegraph.graph.NodeRepository;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Sources and the claims each holds. */
@Controller
class SourceController {

  private final NodeRepository nodes;
  private final ClaimPages claimPages;
  private final PagingProperties paging;
  private final Projections projections;

  SourceController(NodeRepository nodes, ClaimPages claimPages, PagingProperties paging, Projections projections) {
    this.nodes = nodes;
    this.claimPages = claimPages;
    this.paging = paging;
    this.projections = projections;
  }

  @QueryMapping
  Connection<Source> sources(@Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingEnvironment env) {
    return nodes.list("(n:Source)", "true", Map.of(), PageRequest.of(first, after, paging), Source::from,
        projections.ofConnection(env));
  }

  @SchemaMapping(typeName = "Source")
  CompletableFuture<Connection<Claim>> claims(Source source, @Argument @Nullable Integer first,
      @Argument @Nullable String after, DataFetchingEnvironment env) {
    return claimPages.load(Link.SOURCE_CLAIMS, source.id(), first, after, env);
  }
}
