package org.casegraph.resolution;

import java.util.Map;

/**
 * A property of another node that named the duplicate, such as a claim's {@code claimant} or a
 * detention's {@code person}, with its value before the merge and the value the merge wrote (both encoded).
 */
record RewrittenProperty(String node, String key, Object before, Object after) {

  static RewrittenProperty of(Map<String, Object> stored) {
    return new RewrittenProperty((String) stored.get("node"), (String) stored.get("key"), stored.get("before"), stored.get("after"));
  }
}
