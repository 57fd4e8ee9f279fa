package org.casegraph.resolution;

import java.util.Optional;
import org.casegraph.graph.Forwarding;
import org.springframework.stereotype.Component;

/** Answers a merged duplicate's id with where it went, so an old link leads the analyst on rather than nowhere. */
@Component
class MergedIds implements Forwarding {

  private final Merges merges;

  MergedIds(Merges merges) {
    this.merges = merges;
  }

  @Override
  public Optional<String> explain(String id) {
    return merges.mergedInto(id).map(m -> "'%s' was merged into '%s' (%s, %s); ask for '%s', or undo the merge with unmergeEntities"
        .formatted(id, m.keep(), m.id(), m.at(), m.keep()));
  }
}
