package org.casegraph.support;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: a classification and a message a person can
 * act on. Nothing internal (stack traces, Cypher, class names) reaches a client.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

  @Override
  protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    return switch (ex) {
      case NotFoundException e -> error(env, ErrorType.NOT_FOUND, e.getMessage());
      case BadRequestException e -> GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
          .message(e.getMessage() == null ? "BAD_REQUEST" : e.getMessage()).extensions(e.extensions()).build();
      case ClientException e when e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ->
          error(env, ErrorType.BAD_REQUEST, "The request took longer than the query timeout and was stopped; "
              + "ask for less (a smaller first, depth or limit, or a narrower filter)");
      case ClientException e when String.valueOf(e.code()).contains("Bookmark") || String.valueOf(e.getMessage()).contains("bookmark") ->
          error(env, ErrorType.BAD_REQUEST, "The %s header holds a bookmark this database does not know; send the value of a mutation's extensions.bookmark"
              .formatted(Bookmarks.HEADER));
      case AccessDeniedException e when anonymous() -> error(env, ErrorType.UNAUTHORIZED,
          "'%s' needs a token: add the header 'Authorization: Bearer <token>'".formatted(field(env)));
      case AccessDeniedException e -> error(env, ErrorType.FORBIDDEN,
          "'%s' is not allowed with this token's access level".formatted(field(env)));
      case Exception e when Neo4jFaults.conflict(e) -> GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
          .message("The write conflicted with other writes to the same nodes; retry the request")
          .extensions(java.util.Map.of("retryable", true)).build();
      case Exception e when Neo4jFaults.unavailable(e) -> unavailable(env, e);
      default -> {
        log.error("Request failed at {}", env.getExecutionStepInfo().getPath(), ex);
        yield error(env, ErrorType.INTERNAL_ERROR, "The request failed on the server; it has been logged");
      }
    };
  }

  private static boolean anonymous() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || authentication instanceof AnonymousAuthenticationToken;
  }

  private static String field(DataFetchingEnvironment env) {
    return env.getExecutionStepInfo().getPath().getSegmentName();
  }

  private static GraphQLError unavailable(DataFetchingEnvironment env, Exception cause) {
    log.warn("Database unavailable at {}: {}", env.getExecutionStepInfo().getPath(), cause.toString());
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.INTERNAL_ERROR)
        .message("The database is unavailable right now; retry the request shortly")
        .extensions(java.util.Map.of("retryable", true))
        .build();
  }

  private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, @Nullable String message) {
    return GraphqlErrorBuilder.newError(env).errorType(type).message(message == null ? type.name() : message).build();
  }
}
