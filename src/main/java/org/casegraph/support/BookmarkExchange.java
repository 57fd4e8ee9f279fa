package org.casegraph.support;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes a request's {@value Bookmarks#HEADER} header to its reads and puts the bookmark of what it wrote
 * in the response's {@code extensions}.
 */
@Component
class BookmarkExchange implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Bookmarks bookmarks;
    try {
      bookmarks = new Bookmarks(Bookmarks.decode(request.getHeaders().getFirst(Bookmarks.HEADER)));
    } catch (BadRequestException e) {
      var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(e.getMessage()).build();
      return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
          ExecutionResult.newExecutionResult().errors(List.of(error)).build())));
    }
    return chain.next(request)
        .map(response -> {
          var token = bookmarks.writtenToken();
          if (token == null) {
            return response;
          }
          return response.transform(builder -> {
            var extensions = new LinkedHashMap<Object, Object>(response.getExtensions());
            extensions.put(Bookmarks.EXTENSION, token);
            builder.extensions(extensions);
          });
        })
        .contextWrite(context -> context.put(Bookmarks.Accessor.KEY, bookmarks));
  }
}
