package org.casegraph.support;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.List;
import org.jspecify.annotations.Nullable;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses runaway requests before they reach the database: too deep, or too costly once page sizes
 * multiply (a page of 100 claims, each with a page of 100 claims made, costs over 10,000). Depth and
 * complexity are worked out once for each document and page size ({@link CheckedShapes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class GraphQlLimits {

  @Bean
  Instrumentation maxAliasesAndRootFields(LimitProperties limits) {
    return new SimplePerformantInstrumentation() {
      @Override
      public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
          InstrumentationState state) {
        var document = parameters.getDocument();
        var aliases = new int[1];
        NodeTraverser traverser = new NodeTraverser();
        traverser.preOrder(new NodeVisitorStub() {
          @Override
          public TraversalControl visitField(Field field, TraverserContext<Node> context) {
            if (field.getAlias() != null) {
              aliases[0]++;
            }
            return TraversalControl.CONTINUE;
          }
        }, document);
        if (aliases[0] > limits.maxAliases()) {
          throw new AbortExecutionException("The request has %d aliased fields; at most %d are allowed"
              .formatted(aliases[0], limits.maxAliases()));
        }
        for (var operation : document.getDefinitionsOfType(OperationDefinition.class)) {
          var roots = rootFields(operation.getSelectionSet(), document, 0);
          if (roots > limits.maxRootFields()) {
            throw new AbortExecutionException("The operation asks for %d top-level fields; at most %d are allowed"
                .formatted(roots, limits.maxRootFields()));
          }
        }
        return null;
      }
    };
  }

  /** Fields at the top of an operation, looking into fragments there (to a small depth, as fragments may cycle). */
  private static int rootFields(@Nullable SelectionSet selections, Document document, int depth) {
    if (selections == null || depth > 5) {
      return 0;
    }
    var count = 0;
    for (var selection : selections.getSelections()) {
      switch (selection) {
        case Field field -> count++;
        case InlineFragment fragment -> count += rootFields(fragment.getSelectionSet(), document, depth + 1);
        case FragmentSpread spread -> count += document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .filter(f -> f.getName().equals(spread.getName())).findFirst()
            .map(f -> rootFields(f.getSelectionSet(), document, depth + 1)).orElse(0);
        default -> { }
      }
    }
    return count;
  }

  @Bean
  Instrumentation maxDepthAndComplexity(LimitProperties limits) {
    var depth = new MaxQueryDepthInstrumentation(limits.maxDepth());
    var complexity = new MaxQueryComplexityInstrumentation(limits.maxComplexity(), (env, childComplexity) -> {
      var first = env.getArguments().get("first");
      var multiplier = first instanceof Integer size ? Math.max(size, 1) : 1;
      return multiplier * (1 + childComplexity);
    });
    return new CheckedShapes(depth, complexity);
  }
}
