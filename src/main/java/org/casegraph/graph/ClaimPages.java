package org.casegraph.graph;

import java.util.concurrent.CompletableFuture;
import org.casegraph.claim.Claim;
import org.casegraph.graph.NodeRepository.LinkPage;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import graphql.schema.DataFetchingEnvironment;

/** Pages of claims hanging off a parent (claims made, claims about, claims in a source), batched per level. */
@Component
public class ClaimPages {

  static final String NAME = "claimPages";

  private final PagingProperties paging;

  ClaimPages(PagingProperties paging) {
    this.paging = paging;
  }

  public CompletableFuture<Connection<Claim>> load(Link link, String parentId, @Nullable Integer first,
      @Nullable String after, DataFetchingEnvironment env) {
    var request = new LinkPage(link, parentId, PageRequest.of(first, after, paging));
    return env.<LinkPage, Connection<Claim>>getDataLoader(NAME).load(request);
  }
}
