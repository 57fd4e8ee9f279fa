package org.casegraph.audit;

import java.util.List;
import java.util.Map;
import org.casegraph.security.Restrictions;
import org.jspecify.annotations.Nullable;

/**
 * A node as it was at one moment: its labels, its properties (without the keys derived for search),
 * and its relationships to other nodes.
 */
public record NodeState(List<String> labels, Map<String, Object> properties, List<LinkState> links) {

  public enum Direction { OUT, IN }

  public record LinkState(String type, Direction direction, String node, @Nullable String role) {}

  public record Property(String name, String value) {}

  public boolean restricted() {
    return labels.contains(Restrictions.LABEL);
  }
}
