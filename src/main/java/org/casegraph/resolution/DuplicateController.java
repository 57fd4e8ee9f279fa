package org.casegraph.resolution;

import java.util.List;
import org.casegraph.graph.Entity;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.PagingProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class DuplicateController {

  private final DuplicateFinder finder;
  private final PagingProperties paging;

  DuplicateController(DuplicateFinder finder, PagingProperties paging) {
    this.finder = finder;
    this.paging = paging;
  }

  /** Candidates for one entity: anyone who reads; across a whole kind, a heavy job: those who curate (EDITOR). */
  @QueryMapping
  @PreAuthorize("#of != null or hasRole('EDITOR')")
  List<DuplicateCandidate> duplicateCandidates(@Argument Entity.@Nullable Kind kind, @Argument @Nullable String of,
      @Argument @Nullable Double minScore, @Argument @Nullable Integer first) {
    var size = paging.size(first, 20);
    var threshold = minScore == null ? 0.8 : minScore;
    if (threshold < 0 || threshold > 1) {
      throw new BadRequestException("minScore must be between 0 and 1, not %s".formatted(threshold));
    }
    return of == null ? finder.among(kind, threshold, size) : finder.of(of, kind, threshold, size);
  }
}
