package org.casegraph.read;

import java.util.List;
import java.util.Map;
import org.casegraph.graph.Identified;
import org.casegraph.graph.Nodes;
import org.casegraph.graph.Projection;
import org.casegraph.support.Connection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The projection of one request's root field: its statement text, its parameters, and the reading of
 * each row back into records, keeping what was fetched below each in {@link Prefetched}.
 */
final class CompiledProjection implements Projection {

  private final List<Field> fields;
  private final Map<String, Object> parameters;
  private final boolean totalCount;
  private final Prefetched prefetched;
  private final ReadCompiler compiler;

  CompiledProjection(ReadCompiler compiler, List<Field> fields, boolean totalCount, Prefetched prefetched) {
    this.compiler = compiler;
    this.fields = fields;
    this.totalCount = totalCount;
    this.prefetched = prefetched;
    this.parameters = ReadCompiler.parameters(fields);
  }

  @Override
  public String rows() {
    return fields.isEmpty() ? NODES.rows() : compiler.statement(fields, false);
  }

  @Override
  public String collected() {
    return fields.isEmpty() ? NODES.collected() : compiler.statement(fields, true);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public Node node(Value row) {
    return fields.isEmpty() ? row.asNode() : row.get("n").asNode();
  }

  @Override
  public void attach(Identified mapped, Value row) {
    attach(mapped, row, fields);
  }

  @Override
  public boolean totalCount() {
    return totalCount;
  }

  @Override
  public void failed(RuntimeException error) {
    compiler.refuse(fields, error);
  }

  private void attach(Identified mapped, Value row, List<Field> fields) {
    var type = mapped.getClass().getSimpleName();
    for (int i = 0; i < fields.size(); i++) {
      var field = fields.get(i);
      if (field.types().contains(type)) {
        prefetched.put(mapped, field.resultKey(), value(field, row.get("f" + i)));
      }
    }
  }

  private @Nullable Object value(Field field, Value value) {
    return switch (field.fetch()) {
      case Fetch.Targets t -> value.asList(item -> record(item, field));
      case Fetch.Target t -> value.isNull() ? null : record(value, field);
      case Fetch.Count c -> value.asInt();
      case Fetch.Page p -> Connection.of(value.get("page").asList(item -> record(item, field)), field.page(),
          value.get("total").asLong(), Identified::id);
    };
  }

  private Identified record(Value item, Field field) {
    var mapped = Nodes.map(item.get("n").asNode());
    attach(mapped, item, field.children());
    return mapped;
  }
}
