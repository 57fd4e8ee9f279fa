package org.casegraph.dataset;

import java.util.Map;

/**
 * What an import did: the items the file held per section, and what changed in the graph. A file
 * imported again reports no change.
 */
public record ImportReport(Map<String, Integer> items, int nodesCreated, int relationshipsCreated, int propertiesSet,
    int labelsAdded) {

  public boolean changedNothing() {
    return nodesCreated == 0 && relationshipsCreated == 0 && propertiesSet == 0 && labelsAdded == 0;
  }

  @Override
  public String toString() {
    return "items %s; %d nodes and %d relationships created, %d properties set".formatted(items, nodesCreated,
        relationshipsCreated, propertiesSet);
  }
}
