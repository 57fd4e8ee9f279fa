package org.casegraph.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents parsed and validated once, kept by their text: a front-end asking the same query again
 * (with other variables) skips parsing and validation. A document over the alias or root-field limit is
 * refused by an exception and never kept, so it is checked again each time; depth and complexity depend
 * on the variables and are checked for each new set of the values that matter ({@link CheckedShapes}).
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

  /** The text of the documents kept, in characters, at most. */
  static final long KEPT_CHARACTERS = 16L * 1024 * 1024;

  private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
      .maximumWeight(KEPT_CHARACTERS)
      .weigher((String text, PreparsedDocumentEntry entry) -> text.length())
      .build();

  @Bean
  GraphQlSourceBuilderCustomizer parsedDocumentCache() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return CompletableFuture.completedFuture(documents.get(input.getQuery(), text -> parseAndValidate.apply(input)));
  }
}
