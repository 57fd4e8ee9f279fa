package org.casegraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/** Answers as plain maps and lists, and the small moves that reduce them to canonical forms. */
final class Json {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static Object parse(String text) {
    return MAPPER.readValue(text, Object.class);
  }

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Follows keys through nested maps; null as soon as one is missing. */
  static Object at(Object value, String... keys) {
    var current = value;
    for (var key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  static String string(Object value, String... keys) {
    var found = at(value, keys);
    return found == null ? null : found.toString();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value, String... keys) {
    var found = at(value, keys);
    return found == null ? List.of() : (List<Object>) found;
  }

  static <T> List<T> map(Object value, Function<Object, T> each, String... keys) {
    return list(value, keys).stream().map(each).toList();
  }

  /** The first of a to-one relationship the peer models as a list, or null. */
  static Object only(Object value, String... keys) {
    var found = list(value, keys);
    return found.isEmpty() ? null : found.getFirst();
  }

  /** An ordered map from alternating keys and values; nulls allowed. */
  static Map<String, Object> object(Object... keysAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], number(keysAndValues[i + 1]));
    }
    return map;
  }

  static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
    var copy = new ArrayList<>(values);
    copy.sort(order);
    return copy;
  }

  static <T> Comparator<T> byKey(String key) {
    return Comparator.comparing((T v) -> String.valueOf(at(v, key)));
  }

  /** Integers as longs and scores to four decimals, so 3 and 3.0 or two float renderings compare equal. */
  static Object number(Object value) {
    if (value instanceof Number n) {
      var d = n.doubleValue();
      return d == Math.rint(d) ? (Object) n.longValue() : (Object) (Math.round(d * 1e4) / 1e4);
    }
    return value;
  }
}
