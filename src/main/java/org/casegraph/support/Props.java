package org.casegraph.support;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

/** Reads the properties of a stored node, as the data-set import writes them. */
public final class Props {

  private Props() {}

  public static String string(MapAccessor node, String key) {
    return node.get(key).asString();
  }

  public static @Nullable String nullableString(MapAccessor node, String key) {
    var value = node.get(key);
    return value.isNull() ? null : value.asString();
  }

  public static List<String> strings(MapAccessor node, String key) {
    var value = node.get(key);
    return value.isNull() ? List.of() : value.asList(v -> v.asString());
  }

  public static @Nullable PartialDate date(MapAccessor node, String key) {
    return PartialDate.parseNullable(nullableString(node, key));
  }

  public static boolean flag(MapAccessor node, String key) {
    var value = node.get(key);
    return !value.isNull() && value.asBoolean();
  }

  /** A quantity is stored flat, as {@code <key>Value}, {@code <key>Unit} and {@code <key>Qualifier}. */
  public static @Nullable Quantity quantity(MapAccessor node, String key) {
    var value = node.get(key + "Value");
    if (value.isNull()) {
      return null;
    }
    return new Quantity(value.asDouble(), string(node, key + "Unit"),
        Quantity.QuantityQualifier.valueOf(string(node, key + "Qualifier")));
  }
}
