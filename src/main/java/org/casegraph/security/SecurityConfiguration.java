package org.casegraph.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request but the GraphiQL page and the health check needs a bearer token: one this service
 * issued ({@link Tokens}), or, where an issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), a JWT whose {@code roles} claim
 * lists access levels. ADMIN implies EDITOR, which implies READER. Anonymous requests may read only
 * where the operator opts in ({@code casegraph.security.anonymous-reads}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * The browser view's pages load scripts, styles, images and fonts from this origin only, and talk only to
   * it. Inline styles are allowed: Cytoscape.js adds a small style element and sets styles on the canvas;
   * inline scripts are not. Images may also be data: and blob: URLs (a PNG export of the canvas).
   */
  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN").implies("EDITOR")
        .role("EDITOR").implies("READER")
        .build();
  }

  /**
   * No Micrometer observation around each security filter, authentication and authorization: wrapping the
   * dozen filters of the chain cost more CPU than the rest of the chain, on every request. Requests are
   * still timed as a whole (http.server.requests, graphql.request).
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, TokenIntrospector introspector,
      ObjectProvider<JwtDecoder> jwtDecoder, HandlerMappingIntrospector handlerMappings) throws Exception {
    var tokens = new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector));
    var jwts = jwtDecoder.stream().findFirst().map(decoder -> jwtManager(decoder, properties.rolesClaim())).orElse(null);
    AuthenticationManagerResolver<HttpServletRequest> managers = request -> {
      var token = bearer(request);
      return jwts != null && token != null && !token.startsWith(Tokens.PREFIX) ? jwts : tokens;
    };
    var bearer = new BearerTokenAuthenticationEntryPoint();
    AuthenticationEntryPoint unauthorized = (request, response, e) -> {
      bearer.commence(request, response, e);
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message(request, e));
    };
    AccessDeniedHandler forbidden = (request, response, e) -> refuse(response, HttpServletResponse.SC_FORBIDDEN,
        "FORBIDDEN", "This token's access level does not allow this request");
    http
        .csrf(AbstractHttpConfigurer::disable)
        .cors(c -> c.configurationSource(crossOrigin(handlerMappings)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(h -> h
            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
            .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(pages(), new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
        .oauth2ResourceServer(o -> o.authenticationManagerResolver(managers)
            .authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden)
            .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
              @Override
              public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler((request, response, e) -> {
                  if (e instanceof AuthenticationServiceException) {
                    // The token could not be checked, not found wanting: the database is away.
                    refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE",
                        "The database is unavailable right now, so the token cannot be checked; retry the request shortly");
                  } else {
                    unauthorized.commence(request, response, e);
                  }
                });
                return filter;
              }
            }))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/graphiql", "/graphiql/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
            // The browser view's files; the page signs in itself, and every data request it makes needs a token.
            .requestMatchers("/", "/explore", "/explore/", "/explore/**").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
            // WebSocket clients authenticate in graphql-ws's connection_init (WebSocketAccess).
            .requestMatchers(SecurityConfiguration::webSocketHandshake).permitAll()
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .anyRequest().hasRole("READER"));
    if (properties.anonymousReads()) {
      http.anonymous(a -> a.authorities("ROLE_ANONYMOUS", Access.READER.authority()));
    }
    return http.build();
  }

  /**
   * The CORS settings of the handler a request goes to (spring.graphql.cors for /graphql), looked up only for
   * a request that carries an Origin header: finding the handler is a walk of every handler mapping, and a
   * request with no Origin is answered the same without it (Spring MVC adds the Vary headers on its own).
   */
  private static CorsConfigurationSource crossOrigin(HandlerMappingIntrospector handlerMappings) {
    return request -> request.getHeader(HttpHeaders.ORIGIN) == null ? null : handlerMappings.getCorsConfiguration(request);
  }

  /** The pages a content security policy is set on: the index and the browser view. */
  private static RequestMatcher pages() {
    var paths = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(paths.matcher("/"), paths.matcher("/explore"), paths.matcher("/explore/**"));
  }

  /** Only a WebSocket opening handshake (a GET asking to upgrade) skips the token check here. */
  static boolean webSocketHandshake(HttpServletRequest request) {
    var connection = request.getHeader("Connection");
    return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
        && connection != null && connection.toLowerCase(java.util.Locale.ROOT).contains("upgrade")
        && request.getHeader("Sec-WebSocket-Key") != null;
  }

  private static AuthenticationManager jwtManager(JwtDecoder decoder, String rolesClaim) {
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(jwt -> authorities(jwt, rolesClaim));
    var provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(converter);
    return new ProviderManager(provider);
  }

  /** The access levels a JWT's roles claim names; names it does not know are ignored. */
  static Collection<GrantedAuthority> authorities(Jwt jwt, String rolesClaim) {
    var roles = jwt.getClaimAsStringList(rolesClaim);
    return Objects.requireNonNullElse(roles, List.<String>of()).stream()
        .flatMap(role -> {
          try {
            return Stream.<GrantedAuthority>of(new SimpleGrantedAuthority(Access.parse(role).authority()));
          } catch (IllegalArgumentException unknown) {
            return Stream.empty();
          }
        })
        .toList();
  }

  private static String message(HttpServletRequest request, AuthenticationException e) {
    return request.getHeader("Authorization") == null
        ? "Send a token: add the header 'Authorization: Bearer <token>' (the README's Access section says how to get one)"
        : "The token was not accepted: " + e.getMessage();
  }

  private static @Nullable String bearer(HttpServletRequest request) {
    try {
      return new DefaultBearerTokenResolver().resolve(request);
    } catch (OAuth2AuthenticationException malformed) {
      return null;
    }
  }

  private static void refuse(HttpServletResponse response, int status, String classification, String message) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), Map.of("errors",
        List.of(Map.of("message", message, "extensions", Map.of("classification", classification)))));
  }
}
