package org.casegraph.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Access over WebSocket (graphql-ws): browsers cannot send headers when they open one, so the token
 * comes in the {@code connection_init} payload ({@code {"Authorization": "Bearer …"}}), or, for other
 * clients, in the upgrade request's header. A connection without a valid token is closed, unless
 * anonymous reads are on; each operation then runs as the token's holder, with the same rules as over HTTP.
 */
@Component
@ConditionalOnWebApplication
class WebSocketAccess implements WebSocketGraphQlInterceptor {

  private static final String AUTHENTICATION = WebSocketAccess.class.getName() + ".authentication";

  private final TokenIntrospector introspector;
  private final SecurityProperties properties;

  private final RoleHierarchy roles;

  WebSocketAccess(TokenIntrospector introspector, SecurityProperties properties, RoleHierarchy roles) {
    this.introspector = introspector;
    this.properties = properties;
    this.roles = roles;
  }

  @Override
  public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
    var authentication = authenticate(info, payload);
    if (authentication == null || roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
        .noneMatch(a -> Access.READER.authority().equals(a.getAuthority()))) {
      return Mono.error(new IllegalStateException("Unauthorized: send {\"Authorization\": \"Bearer <token>\"} in connection_init"));
    }
    info.getAttributes().put(AUTHENTICATION, authentication);
    return Mono.empty();
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!(request instanceof WebSocketGraphQlRequest socket)
        || !(socket.getSessionInfo().getAttributes().get(AUTHENTICATION) instanceof Authentication authentication)) {
      return chain.next(request);
    }
    SecurityContext context = new SecurityContextImpl(authentication);
    return chain.next(request).contextWrite(c -> c.put(SecurityContext.class.getName(), context));
  }

  private @Nullable Authentication authenticate(WebSocketSessionInfo info, Map<String, Object> payload) {
    var header = payload.getOrDefault("Authorization", payload.get("authorization"));
    if (header instanceof String text && !text.isBlank()) {
      var secret = text.regionMatches(true, 0, "Bearer ", 0, 7) ? text.substring(7).trim() : text.trim();
      try {
        var principal = introspector.introspect(secret);
        return new BearerTokenAuthentication(principal, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, secret, null, null),
            principal.getAuthorities());
      } catch (RuntimeException refused) {
        return null;
      }
    }
    var handshake = info.getPrincipal().block();
    if (handshake instanceof Authentication authenticated && authenticated.isAuthenticated()
        && !(handshake instanceof BearerTokenAuthenticationToken) && !(handshake instanceof AnonymousAuthenticationToken)) {
      return authenticated;
    }
    if (properties.anonymousReads()) {
      return new AnonymousAuthenticationToken("anonymous", "anonymous",
          AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS", Access.READER.authority()));
    }
    return null;
  }
}
