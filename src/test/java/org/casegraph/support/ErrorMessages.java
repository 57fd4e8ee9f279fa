package org.casegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.springframework.graphql.ResponseError;

/** What an error a client sees must never show: the server's insides. */
public final class ErrorMessages {

  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([^)]*\\)");
  private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:java|javax|jdk|sun|org|com|io|graphql|reactor)\\.[a-z][\\w$]*\\.[\\w$.]+");
  private static final Pattern EXCEPTION = Pattern.compile("[A-Z]\\w*(?:Exception|Error)\\b");
  private static final Pattern SYNTAX_TREE = Pattern.compile("\\w+Value\\{|AST type");
  private static final Pattern CYPHER = Pattern.compile("\\b(?:MATCH|UNWIND|RETURN|MERGE|COLLECT|EXISTS)\\b|\\[:[A-Z_]+|\\(\\w*:[A-Z]\\w*");

  private ErrorMessages() {}

  public static void assertNothingInternal(ResponseError error) {
    assertThat(error.getMessage()).as("error message").isNotBlank()
        .doesNotContainPattern(STACK_FRAME)
        .doesNotContainPattern(QUALIFIED_CLASS)
        .doesNotContainPattern(EXCEPTION)
        .doesNotContainPattern(SYNTAX_TREE)
        .doesNotContainPattern(CYPHER);
    assertThat(error.getExtensions().keySet()).as("error extensions")
        .noneMatch(key -> key.toLowerCase().contains("exception") || key.toLowerCase().contains("trace"));
  }
}
