package org.casegraph.resolution;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property values as JSON that keeps their Neo4j type, so that what a merge takes away is put back
 * exactly: each value is {@code [type, value]}, e.g. {@code ["INTEGER", 5]} or {@code ["DATE", "2024-07-28"]}.
 */
final class StoredValues {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StoredValues() {}

  /** A map of properties as read from Neo4j, each value encoded. */
  static Map<String, Object> encode(Value properties) {
    var encoded = new LinkedHashMap<String, Object>();
    java.util.stream.StreamSupport.stream(properties.keys().spliterator(), false).sorted().forEach(key -> encoded.put(key, encodeValue(properties.get(key))));
    return encoded;
  }

  static @Nullable Object encodeValue(Value value) {
    var type = isList(value) ? "LIST" : value.type().name();
    return switch (type) {
      case "NULL" -> null;
      case "STRING" -> List.of(type, value.asString());
      case "INTEGER" -> List.of(type, value.asLong());
      case "FLOAT" -> List.of(type, value.asDouble());
      case "BOOLEAN" -> List.of(type, value.asBoolean());
      case "DATE", "LOCAL_DATE_TIME", "LOCAL_TIME", "TIME", "DATE_TIME" -> List.of(type, value.asObject().toString());
      case "BYTES" -> List.of(type, Base64.getEncoder().encodeToString(value.asByteArray()));
      case "LIST" -> List.of(type, value.asList(StoredValues::encodeValue));
      default -> throw new IllegalStateException("A property of type " + type + " cannot be recorded for an unmerge");
    };
  }

  /** The values as the Driver sends them, typed as they were read. */
  static Map<String, @Nullable Object> decode(Map<String, ?> encoded) {
    var decoded = new LinkedHashMap<String, @Nullable Object>();
    encoded.forEach((key, value) -> decoded.put(key, decodeValue(value)));
    return decoded;
  }

  static @Nullable Object decodeValue(@Nullable Object encoded) {
    if (encoded == null) {
      return null;
    }
    var pair = (List<?>) encoded;
    var value = pair.get(1);
    return switch ((String) pair.getFirst()) {
      case "STRING" -> value;
      case "INTEGER" -> ((Number) value).longValue();
      case "FLOAT" -> ((Number) value).doubleValue();
      case "BOOLEAN" -> value;
      case "DATE" -> LocalDate.parse((String) value);
      case "LOCAL_DATE_TIME" -> LocalDateTime.parse((String) value);
      case "LOCAL_TIME" -> LocalTime.parse((String) value);
      case "TIME" -> OffsetTime.parse((String) value);
      case "DATE_TIME" -> ZonedDateTime.parse((String) value);
      case "BYTES" -> Base64.getDecoder().decode((String) value);
      case "LIST" -> {
        var list = new ArrayList<@Nullable Object>();
        ((List<?>) value).forEach(v -> list.add(decodeValue(v)));
        yield list;
      }
      default -> throw new IllegalStateException("Unknown recorded property type " + pair.getFirst());
    };
  }

  static boolean isList(Value value) {
    return TypeSystem.getDefault().LIST().isTypeOf(value);
  }

  static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  static Map<String, Object> map(String json) {
    return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  static List<Map<String, Object>> list(String json) {
    return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
  }
}
