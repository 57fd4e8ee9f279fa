package org.casegraph.support;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** A subscription's stream failed: the subscriber gets a classified error, the log gets the cause. */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

  @Override
  protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
    if (Neo4jFaults.unavailable(ex) || Neo4jFaults.conflict(ex)) {
      return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
          .message("The database is unavailable right now; subscribe again shortly")
          .extensions(Map.of("retryable", true)).build();
    }
    if (ex instanceof org.springframework.security.core.AuthenticationException refused) {
      return GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED).message(refused.getMessage()).build();
    }
    if (ex instanceof BadRequestException bad) {
      return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(bad.getMessage()).build();
    }
    log.error("A subscription failed", ex);
    return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
        .message("The subscription failed on the server; it has been logged").build();
  }
}
