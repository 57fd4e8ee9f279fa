package org.casegraph.graph;

import org.casegraph.tie.Tie;

/** How the FACTS view labels a tie; the same words as {@link FactsRepository#TIE_LABEL} gives in Cypher. */
final class Ties {

  private Ties() {}

  static String label(Tie tie) {
    var words = tie.relationship() != null ? tie.relationship() : switch (tie.kind()) {
      case OWNERSHIP -> "owns";
      case FAMILY -> "family";
      case ASSOCIATE -> "associate";
      case MEMBERSHIP -> "member";
      case EMPLOYMENT -> "employee";
      case DIRECTORSHIP -> "director";
      case UNKNOWN -> "linked";
    };
    return tie.percentage() == null ? words : words + " (" + tie.percentage() + "%)";
  }
}
