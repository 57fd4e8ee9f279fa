package org.casegraph.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A body the GraphQL endpoint cannot read as a request (JSON {@code null}, say) is the client's
 * mistake: it gets 400 and a GraphQL error saying what a request looks like, not a 500.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UnreadableRequests implements HandlerExceptionResolver {

  private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);
  private static final String ERROR = """
      {"errors":[{"message":"The request body must be a JSON object with a query, such as {\\"query\\": \\"{ sources { totalCount } }\\"}","extensions":{"classification":"BAD_REQUEST"}}]}""";

  @Override
  public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
      @Nullable Object handler, Exception ex) {
    if (!"/graphql".equals(request.getServletPath()) || !"POST".equals(request.getMethod()) || response.isCommitted()) {
      return null;
    }
    log.debug("Unreadable GraphQL request", ex);
    try {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getOutputStream().write(ERROR.getBytes(StandardCharsets.UTF_8));
      return new ModelAndView();
    } catch (IOException e) {
      return null;
    }
  }
}
