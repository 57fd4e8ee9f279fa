package org.casegraph.read;

import graphql.GraphQLContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a request's compiled statement returned below each node, kept for the fields to answer: per
 * record (by identity: each position of the answer has its own) and response key.
 */
final class Prefetched {

  /** What {@link #get} gives for a field the statement did not fetch. */
  static final Object ABSENT = new Object();

  private final Map<Object, Map<String, @Nullable Object>> values = Collections.synchronizedMap(new IdentityHashMap<>());

  static Prefetched of(GraphQLContext context) {
    return context.computeIfAbsent(Prefetched.class, key -> new Prefetched());
  }

  static @Nullable Prefetched in(GraphQLContext context) {
    return context.get(Prefetched.class);
  }

  void put(Object parent, String resultKey, @Nullable Object value) {
    values.computeIfAbsent(parent, p -> new HashMap<>(4)).put(resultKey, value);
  }

  /** The value fetched for this field of this parent, which may be null, or {@link #ABSENT}. */
  @Nullable Object get(Object parent, String resultKey) {
    var fields = values.get(parent);
    return fields == null || !fields.containsKey(resultKey) ? ABSENT : fields.get(resultKey);
  }
}
