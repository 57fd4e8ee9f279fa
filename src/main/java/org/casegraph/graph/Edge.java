package org.casegraph.graph;

import java.util.List;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A relationship between two nodes, with the ids of the claims behind it. In the FACTS view it is a
 * fact (a role, detention, charge, participation or event at a prison) with its label, dates and, for a
 * detention, the offences it was on.
 */
public record Edge(String id, String from, String to, String type, @Nullable String label, List<String> claimIds,
    @Nullable PartialDate since, @Nullable PartialDate until, List<String> offences) {

  /** A stored relationship, named by its ends and type. */
  public Edge(String from, String to, String type, List<String> claimIds) {
    this(from + "|" + type + "|" + to, from, to, type, null, claimIds, null, null, List.of());
  }
}
