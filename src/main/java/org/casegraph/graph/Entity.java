package org.casegraph.graph;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person, organisation or prison: what makes claims and what claims are about. */
public interface Entity extends Identified {

  enum Kind { PERSON, ORGANISATION, PRISON }

  Kind kind();

  String name();

  List<String> aliases();

  @Nullable String description();
}
