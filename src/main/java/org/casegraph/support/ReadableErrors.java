package org.casegraph.support;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rewrites graphql-java's validation messages in a person's terms: the value as it was written
 * ({@code "2024-13"}, not {@code StringValue{value='2024-13'}}) and the kind of value expected.
 */
@Component
class ReadableErrors implements WebGraphQlInterceptor {

  private static final Pattern AST_VALUE = Pattern.compile("(\\w+)Value\\{(?:value|name)=(?:'([^']*)'|([^}]*))}");
  private static final Pattern AST_TYPE = Pattern.compile("Expected an AST type of '(\\w+)Value' but it was a '(\\w+)Value'");
  private static final Map<String, String> KINDS = Map.of("Int", "an integer", "Float", "a number", "String", "a string",
      "Boolean", "true or false", "Enum", "an enum value", "Array", "a list", "Object", "an input object", "Null", "null");

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(response -> response.getErrors().stream()
        .noneMatch(e -> !rewrite(String.valueOf(e.getMessage())).equals(e.getMessage())) ? response
        : response.transform(builder -> builder.errors(readable(response.getErrors()))));
  }

  private static List<GraphQLError> readable(List<ResponseError> errors) {
    return errors.stream().map(error -> {
      var builder = GraphqlErrorBuilder.newError().message(rewrite(String.valueOf(error.getMessage())))
          .locations(error.getLocations()).extensions(error.getExtensions());
      if (!error.getParsedPath().isEmpty()) {
        builder.path(error.getParsedPath());
      }
      if (error.getErrorType() instanceof graphql.ErrorClassification type) {
        builder.errorType(type);
      }
      return builder.build();
    }).toList();
  }

  static String rewrite(String message) {
    var types = AST_TYPE.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
        "expected %s but got %s".formatted(kind(m.group(1)), kind(m.group(2)))));
    return AST_VALUE.matcher(types).replaceAll(m -> Matcher.quoteReplacement(
        m.group(2) != null && m.group(1).equals("String") ? "\"" + m.group(2) + "\"" : m.group(2) != null ? m.group(2) : m.group(3)));
  }

  private static String kind(String astType) {
    return KINDS.getOrDefault(astType, astType.toLowerCase());
  }
}
