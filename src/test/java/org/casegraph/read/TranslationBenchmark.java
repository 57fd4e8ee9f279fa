package org.casegraph.read;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLOutputType;
import graphql.schema.SelectedField;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.casegraph.support.PagingProperties;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What compiling a read costs per request ({@code bench/jmh translation}): the selection set of a
 * benchmark question turned into fields and their statement, from the cache of shapes and rendered
 * afresh with Cypher-DSL; and the mapping of a statement's result back into records. The selection set
 * is graphql-java's own, taken from executing the question against the service's schema files; its
 * building (graphql-java's normalised fields) is not part of what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TranslationBenchmark {

  private static final Map<String, String> QUESTIONS = Map.of(
      "nested", """
          query($id: ID!) { node(id: $id) { id ... on Person {
            detentions { id since until prison { id name } }
            charges { id offence claims { id statement } } } } }""",
      "claims", """
          query($id: ID!) { node(id: $id) { id ... on Organisation {
            claimsMade(first: 20) { totalCount edges { node { id statement source { id title } } } } } } }""");

  @Param({"nested", "claims"})
  public String question;

  private final ReadCompiler compiler = new ReadCompiler(new PagingProperties(20, 100), 100);
  private List<SelectedField> selected;
  private boolean polymorphic;
  private List<Field> fields;
  private Value row;

  @Setup
  public void capture() throws Exception {
    var registry = new TypeDefinitionRegistry();
    try (var files = Files.list(Path.of("schema"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
        registry.merge(new SchemaParser().parse(Files.readString(file)));
      }
    }
    var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    var captured = new ArrayList<SelectedField>();
    var type = new GraphQLOutputType[1];
    DataFetcher<Object> capture = env -> {
      captured.addAll(env.getSelectionSet().getImmediateFields());
      type[0] = env.getFieldType();
      return null;
    };
    var executable = schema.transform(s -> s.codeRegistry(schema.getCodeRegistry()
        .transform(c -> c.dataFetcher(FieldCoordinates.coordinates("Query", "node"), capture))));
    GraphQL.newGraphQL(executable).build().execute(ExecutionInput.newExecutionInput(QUESTIONS.get(question))
        .variables(Map.of("id", "x")).build());
    selected = captured;
    polymorphic = ReadCompiler.abstractType(type[0]);
    fields = compiler.fields(selected, polymorphic);
    row = question.equals("nested") ? nestedRow() : claimsRow();
  }

  /** Selection set to fields and the statement's text, from the cache of shapes: what a request pays. */
  @Benchmark
  public String compileCached() {
    return compiler.statement(compiler.fields(selected, polymorphic), false);
  }

  /** The same, building and rendering the statement with Cypher-DSL every time. */
  @Benchmark
  public String compileUncached() {
    return ReadCompiler.render(compiler.fields(selected, polymorphic), false);
  }

  /** A row of the statement's result into records, with what each fetched kept for its fields. */
  @Benchmark
  public Object mapResult() {
    var projection = new CompiledProjection(compiler, fields, true, new Prefetched());
    var mapped = org.casegraph.graph.Nodes.map(projection.node(row));
    projection.attach(mapped, row);
    return mapped;
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }

  private static final AtomicLong IDS = new AtomicLong();

  /** A person with 5 detentions in a prison each and 5 charges of 5 claims each. */
  private static Value nestedRow() {
    var detentions = new ArrayList<Object>();
    var charges = new ArrayList<Object>();
    for (int i = 0; i < 5; i++) {
      detentions.add(Map.of("n", node("Detention", "detention:" + i, Map.of("person", "person:p", "prison", "prison:" + i)),
          "f0", Map.of("n", node("Prison", "prison:" + i, Map.of("name", "Prison " + i, "aliases", List.of())))));
      var claims = new ArrayList<Object>();
      for (int j = 0; j < 5; j++) {
        claims.add(Map.of("n", claim("claim:" + i + "-" + j)));
      }
      charges.add(Map.of("n", node("Charge", "charge:" + i, Map.of("offence", "terrorism")), "f0", claims));
    }
    return Values.value(Map.of("n", node("Person", "person:p", Map.of("name", "P", "aliases", List.of())),
        "f0", detentions, "f1", charges));
  }

  /** An organisation's page of 20 claims, each with its source. */
  private static Value claimsRow() {
    var page = new ArrayList<Object>();
    for (int i = 0; i < 21; i++) {
      page.add(Map.of("n", claim("claim:" + i), "f0", Map.of("n", node("Source", "source:s", Map.of("title", "S", "restricted", false)))));
    }
    return Values.value(Map.of("n", node("Organisation", "org:o", Map.of("name", "O", "aliases", List.of(), "category", "NGO")),
        "f0", Map.of("total", 300, "page", page)));
  }

  private static Object claim(String id) {
    return node("Claim", id, Map.of("statement", "A statement.", "claimant", "org:o", "source", "source:s"));
  }

  private static org.neo4j.driver.types.Node node(String label, String id, Map<String, Object> properties) {
    var values = new HashMap<String, Value>();
    properties.forEach((k, v) -> values.put(k, Values.value(v)));
    values.put("id", Values.value(id));
    return new InternalNode(IDS.incrementAndGet(), List.of(label, "Node"), values);
  }
}
