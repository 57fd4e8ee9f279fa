package org.casegraph.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casegraph.dataset.Dataset;
import org.casegraph.tie.Tie;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as it is read: a data set (one JSON document, section by section) or FollowTheMoney
 * entity JSON lines (people, organisations, a Membership, Employment or Directorship for each role and a
 * relationship line for each tie, with the provenance of the claim behind it).
 */
@Component
class Exporter {

  /**
   * An export that fails part-way must not read as a whole one: the open arrays and the document are
   * left unclosed, so what was sent is not valid JSON.
   */
  private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();
  private static final List<ExportSection> DATASET = List.of(ExportSection.values());
  private static final List<ExportSection> FTM = List.of(ExportSection.PEOPLE, ExportSection.ORGANISATIONS, ExportSection.ROLES,
      ExportSection.TIES);
  private static final byte[] NEWLINE = {'\n'};

  private final ExportRepository repository;

  Exporter(ExportRepository repository) {
    this.repository = repository;
  }

  void export(ExchangeFormat format, ExportScope scope, OutputStream out) {
    switch (format) {
      case CASEGRAPH -> dataset(scope, out);
      case FTM -> ftm(scope, out);
    }
  }

  private void dataset(ExportScope scope, OutputStream out) {
    try (JsonGenerator json = JSON.writerWithDefaultPrettyPrinter().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringProperty("format", Dataset.FORMAT);
      var open = new boolean[1];
      repository.read(scope, DATASET, new ExportRepository.SectionSink() {
        @Override
        public void start(ExportSection section) {
          if (open[0]) {
            json.writeEndArray();
          }
          json.writeName(section.name);
          json.writeStartArray();
          open[0] = true;
        }

        @Override
        public void item(ExportSection section, Map<String, Object> item) {
          json.writePOJO(ordered(section.keys, item));
        }
      });
      if (open[0]) {
        json.writeEndArray();
      }
      json.writeEndObject();
    }
  }

  private void ftm(ExportScope scope, OutputStream out) {
    repository.read(scope, FTM, new ExportRepository.SectionSink() {
      @Override
      public void start(ExportSection section) {}

      @Override
      public void item(ExportSection section, Map<String, Object> item) {
        try {
          out.write(JSON.writeValueAsBytes(ftmEntity(section, item)));
          out.write(NEWLINE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  /** An item with its keys in the format's order, absent values and empty lists left out. */
  static Map<String, Object> ordered(List<String> keys, Map<String, Object> values) {
    var item = new LinkedHashMap<String, Object>();
    for (var key : keys) {
      var value = values.get(key);
      if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
        continue;
      }
      item.put(key, switch (key) {
        case "count", "defendantCount", "quantity" -> ordered(List.of("value", "unit", "qualifier"), map(value));
        case "participants" -> ((List<?>) value).stream().map(p -> ordered(List.of("entity", "role"), map(p))).toList();
        default -> value;
      });
    }
    return item;
  }

  static Map<String, Object> ftmEntity(ExportSection section, Map<String, Object> item) {
    var properties = new LinkedHashMap<String, Object>();
    var entity = new LinkedHashMap<String, Object>();
    switch (section) {
      case PEOPLE -> {
        entity.put("id", or(item.get("ftmId"), item.get("id")));
        entity.put("schema", "Person");
        put(properties, "name", item.get("name"));
        put(properties, "alias", item.get("aliases"));
        put(properties, "description", item.get("description"));
        put(properties, "nationality", lower(item.get("nationality")));
        put(properties, "birthDate", item.get("birthDate"));
      }
      case ORGANISATIONS -> {
        var category = String.valueOf(item.get("category"));
        var stored = item.get("ftmSchema");
        entity.put("id", or(item.get("ftmId"), item.get("id")));
        entity.put("schema", stored instanceof String s && FtmEntities.ORGANISATION_SCHEMATA.contains(s) ? s : FtmEntities.schemaOf(category));
        put(properties, "name", item.get("name"));
        put(properties, "alias", item.get("aliases"));
        put(properties, "description", item.get("description"));
        put(properties, "country", lower(item.get("country")));
        put(properties, "classification", category);
      }
      case ROLES -> {
        var shape = FtmLinks.Shape.of(String.valueOf(item.get("ftmSchema")));
        shape = shape != null && shape.isRole() ? shape : FtmLinks.Shape.MEMBERSHIP;
        entity.put("id", or(item.get("ftmId"), item.get("id")));
        entity.put("schema", shape.schema);
        properties.putAll(FtmLinks.properties(shape, String.valueOf(item.get("personFtmId")),
            String.valueOf(item.get("organisationFtmId")), (String) item.get("title"), null, (String) item.get("since"),
            (String) item.get("until"), provenance(item)));
      }
      case TIES -> {
        var shape = FtmLinks.Shape.of(String.valueOf(item.get("ftmSchema")));
        shape = shape != null ? shape : FtmLinks.Shape.of(Tie.Kind.valueOf(String.valueOf(item.get("kind"))));
        entity.put("id", or(item.get("ftmId"), item.get("id")));
        entity.put("schema", shape.schema);
        properties.putAll(FtmLinks.properties(shape, String.valueOf(item.get("fromFtmId")), String.valueOf(item.get("toFtmId")),
            (String) item.get("relationship"), (String) item.get("percentage"), (String) item.get("since"),
            (String) item.get("until"), provenance(item)));
      }
      default -> throw new IllegalArgumentException(section + " has no FollowTheMoney form");
    }
    entity.put("properties", properties);
    return entity;
  }

  private static Map<String, Object> provenance(Map<String, Object> item) {
    return item.get("claim") instanceof Map<?, ?> claim ? map(claim) : Map.of();
  }

  private static void put(Map<String, Object> properties, String name, @Nullable Object value) {
    if (value instanceof Collection<?> list) {
      if (!list.isEmpty()) {
        properties.put(name, List.copyOf(list));
      }
    } else if (value != null) {
      properties.put(name, List.of(value));
    }
  }

  private static Object or(@Nullable Object value, @Nullable Object otherwise) {
    return value != null ? value : java.util.Objects.requireNonNull(otherwise);
  }

  private static @Nullable Object lower(@Nullable Object code) {
    return code == null ? null : code.toString().toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
