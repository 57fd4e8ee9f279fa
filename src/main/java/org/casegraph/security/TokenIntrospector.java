package org.casegraph.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casegraph.support.Neo4jFaults;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Resolves the bearer tokens this service issues. A token found is trusted for
 * {@code casegraph.security.token-cache} so a busy client does not cost a database round trip per
 * request; a revoked token stops working within that time. A token not found is not remembered: it is
 * looked up again on its next use, so one created through another instance works here at once.
 */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

  private final Tokens tokens;
  private final Cache<String, Token> cache;

  TokenIntrospector(Tokens tokens, SecurityProperties properties) {
    this.tokens = tokens;
    this.cache = Caffeine.newBuilder().expireAfterWrite(properties.tokenCache()).maximumSize(10_000).build();
  }

  @Override
  public OAuth2AuthenticatedPrincipal introspect(String secret) {
    Optional<Token> found;
    try {
      var hash = Tokens.hash(secret);
      var cached = cache.getIfPresent(hash);
      found = cached != null ? Optional.of(cached) : tokens.find(secret);
      if (cached == null) {
        found.ifPresent(token -> cache.put(hash, token));
      }
    } catch (RuntimeException e) {
      if (Neo4jFaults.unavailable(e) || Neo4jFaults.conflict(e)) {
        throw new OAuth2IntrospectionException("The database is unavailable", e);
      }
      throw e;
    }
    var token = found.orElseThrow(() -> new BadOpaqueTokenException("This token is unknown or revoked"));
    List<GrantedAuthority> authorities = token.access().stream().<GrantedAuthority>map(a -> new SimpleGrantedAuthority(a.authority())).toList();
    return new DefaultOAuth2AuthenticatedPrincipal(token.name(), Map.of("sub", token.name()), authorities);
  }

  void forget() {
    cache.invalidateAll();
  }
}
