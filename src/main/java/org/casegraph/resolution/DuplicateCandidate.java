package org.casegraph.resolution;

import java.util.List;
import org.casegraph.graph.Entity;

/** Entities that may be one and the same, how alike they are (0 to 1) and why. */
record DuplicateCandidate(List<Entity> entities, double score, List<String> reasons) {}
