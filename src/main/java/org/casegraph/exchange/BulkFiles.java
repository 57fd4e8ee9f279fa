package org.casegraph.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nodes and relationships of a bulk import as the CSV files Neo4j's importer reads: rows are spooled
 * as JSON lines while the input is read (a row's keys are known only once every row is), then written out
 * with one header per file naming every key and its type. Memory holds the keys, never the rows.
 */
final class BulkFiles implements AutoCloseable {

  /** Between the values of a list; a value holding it cannot be written (see {@link #writable(Object)}). */
  static final char ARRAY_DELIMITER = '\u001f';
  static final String NODE_IDS = "Node";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path directory;
  private final Map<String, Spool> nodes = new LinkedHashMap<>();
  private final Map<String, Spool> links = new LinkedHashMap<>();

  BulkFiles(Path directory) {
    this.directory = directory;
  }

  /** Whether a value can go into a CSV field and come back as it was. */
  static boolean writable(Object value) {
    return switch (value) {
      case String s -> s.indexOf(ARRAY_DELIMITER) < 0;
      case List<?> list -> list.stream().allMatch(v -> v instanceof String s && !s.isEmpty() && s.indexOf(ARRAY_DELIMITER) < 0);
      default -> true;
    };
  }

  /** A node with these labels ({@code Node:Entity:Person}) and properties (its {@code id} among them). */
  void node(String labels, Map<String, Object> properties) {
    nodes.computeIfAbsent(labels, l -> new Spool("nodes-" + nodes.size())).add(properties);
  }

  void link(String type, String from, String to) {
    links.computeIfAbsent(type, t -> new Spool("relationships-" + links.size())).add(Map.of(":START_ID", from, ":END_ID", to));
  }

  /** The importer's arguments for the files written: {@code --nodes=…} and {@code --relationships=…}. */
  List<String> arguments() {
    var arguments = new ArrayList<String>();
    nodes.forEach((labels, spool) -> arguments.add("--nodes=" + labels + "=" + spool.csv(true)));
    links.forEach((type, spool) -> arguments.add("--relationships=" + type + "=" + spool.csv(false)));
    return arguments;
  }

  @Override
  public void close() throws IOException {
    for (var spool : List.copyOf(nodes.values())) {
      spool.close();
    }
    for (var spool : List.copyOf(links.values())) {
      spool.close();
    }
  }

  /** One file's rows, as JSON lines, and the type of each key, from its first value. */
  private final class Spool implements AutoCloseable {
    private final Path json;
    private final BufferedWriter out;
    private final Map<String, String> types = new LinkedHashMap<>();

    Spool(String name) {
      this.json = directory.resolve(name + ".jsonl");
      try {
        this.out = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void add(Map<String, Object> row) {
      var plain = new LinkedHashMap<String, Object>();
      row.forEach((key, value) -> {
        types.putIfAbsent(key, type(value));
        plain.put(key, switch (value) {
          case LocalDate d -> d.toString();
          case java.time.ZonedDateTime t -> t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          case java.time.OffsetDateTime t -> t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          default -> value;
        });
      });
      try {
        out.write(JSON.writeValueAsString(plain));
        out.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the CSV file (every field quoted) and answers its path. */
    Path csv(boolean nodes) {
      var csv = directory.resolve(json.getFileName().toString().replace(".jsonl", ".csv"));
      try {
        out.close();
        var keys = List.copyOf(types.keySet());
        try (var reader = Files.newBufferedReader(json, StandardCharsets.UTF_8);
            var writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          writer.write(String.join(",", keys.stream().map(k -> quote(header(k, nodes))).toList()));
          writer.newLine();
          for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            var row = JSON.readTree(line);
            var fields = new ArrayList<String>(keys.size());
            for (var key : keys) {
              var value = row.get(key);
              fields.add(value == null || value.isNull() ? "" : quote(text(value)));
            }
            writer.write(String.join(",", fields));
            writer.newLine();
          }
        }
        Files.delete(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return csv;
    }

    private String header(String key, boolean nodes) {
      if (key.startsWith(":")) {
        return key + "(" + NODE_IDS + ")";
      }
      if (nodes && key.equals("id")) {
        return "id:ID(" + NODE_IDS + ")";
      }
      return key + ":" + types.get(key);
    }

    @Override
    public void close() throws IOException {
      out.close();
      Files.deleteIfExists(json);
    }
  }

  private static String type(Object value) {
    return switch (value) {
      case String s -> "string";
      case List<?> l -> "string[]";
      case LocalDate d -> "date";
      case java.time.ZonedDateTime t -> "datetime";
      case java.time.OffsetDateTime t -> "datetime";
      case Boolean b -> "boolean";
      case Integer i -> "long";
      case Long l -> "long";
      case Number n -> "double";
      default -> throw new IllegalArgumentException("no CSV type for " + value.getClass().getSimpleName());
    };
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      var parts = new ArrayList<String>();
      value.forEach(v -> parts.add(v.asString()));
      return String.join(String.valueOf(ARRAY_DELIMITER), parts);
    }
    return value.asString();
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
