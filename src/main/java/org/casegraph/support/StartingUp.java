package org.casegraph.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} until the instance is ready: the HTTP port opens before the
 * start-up work (the admin token, the first data set) is done, and a request served then could be told
 * that its valid token is unknown. Spring Boot marks the instance ready (readiness probe UP) once that
 * work has run; the health endpoints stay open so that a load balancer can see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUp extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "2";

  private final ApplicationAvailability availability;

  StartingUp(ApplicationAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")
        || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        {"errors":[{"message":"The service is starting (schema migrations, the admin token, the first data set) or stopping; retry in a few seconds","extensions":{"classification":"UNAVAILABLE"}}]}""");
  }
}
