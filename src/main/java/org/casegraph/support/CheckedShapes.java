package org.casegraph.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The depth and complexity limits, checked once for each document and each set of values that can change
 * its shape, rather than by walking the whole request on every execution. Only the variables of a
 * {@code first} argument (which multiplies complexity) and of a directive ({@code @skip}, {@code @include},
 * which add or drop fields) change the outcome; a document asked again with other ids is not walked again.
 * A request over a limit is never remembered, so it is refused with the same error every time.
 */
final class CheckedShapes extends SimplePerformantInstrumentation {

  /** Shapes remembered for one document, at most; past that the document is checked on every request. */
  static final int SHAPES_PER_DOCUMENT = 64;

  private final MaxQueryDepthInstrumentation depth;
  private final MaxQueryComplexityInstrumentation complexity;
  private final Cache<String, Shapes> documents = Caffeine.newBuilder()
      .maximumWeight(ParsedDocuments.KEPT_CHARACTERS)
      .weigher((String text, Shapes shapes) -> text.length())
      .build();

  CheckedShapes(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity) {
    this.depth = depth;
    this.complexity = complexity;
  }

  @Override
  public @Nullable CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
    return complexity.createStateAsync(parameters);
  }

  @Override
  public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
      InstrumentationState state) {
    return complexity.beginValidation(parameters, state);
  }

  @Override
  public @Nullable InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var context = parameters.getExecutionContext();
    var shapes = documents.get(context.getExecutionInput().getQuery(), text -> new Shapes(shapeVariables(context.getDocument())));
    var variables = context.getCoercedVariables().toMap();
    var key = new ArrayList<@Nullable Object>(shapes.variables().size() + 1);
    key.add(context.getOperationDefinition().getName());
    shapes.variables().forEach(name -> key.add(variables.get(name)));
    if (shapes.passed().contains(key)) {
      return null;
    }
    // Each throws AbortExecutionException when its limit is crossed.
    depth.beginExecuteOperation(parameters, state);
    complexity.beginExecuteOperation(parameters, state);
    if (shapes.passed().size() < SHAPES_PER_DOCUMENT) {
      shapes.passed().add(key);
    }
    return null;
  }

  /** The variables whose values can change a document's depth or complexity, in name order. */
  static List<String> shapeVariables(Document document) {
    var names = new TreeSet<String>();
    new NodeTraverser().preOrder(new NodeVisitorStub() {
      @Override
      public TraversalControl visitVariableReference(VariableReference reference, TraverserContext<Node> context) {
        if (context.getParentNodes().stream().anyMatch(CheckedShapes::changesShape)) {
          names.add(reference.getName());
        }
        return TraversalControl.CONTINUE;
      }
    }, document);
    return List.copyOf(names);
  }

  private static boolean changesShape(Node<?> node) {
    return node instanceof Directive || node instanceof Argument argument && "first".equals(argument.getName());
  }

  private record Shapes(List<String> variables, Set<List<@Nullable Object>> passed) {
    Shapes(List<String> variables) {
      this(variables, ConcurrentHashMap.newKeySet());
    }
  }
}
