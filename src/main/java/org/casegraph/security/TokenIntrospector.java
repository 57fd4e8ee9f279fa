package org.casegraph.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
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
 * Resolves the bearer tokens this service issues. Lookups are cached for a short while so a busy client
 * does not cost a database round trip per request; a revoked token stops working within that time.
 */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

  static final Duration CACHED = Duration.ofSeconds(30);

  private final Tokens tokens;
  private final Cache<String, Optional<Token>> cache = Caffeine.newBuilder()
      .expireAfterWrite(CACHED).maximumSize(10_000).build();

  TokenIntrospector(Tokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public OAuth2AuthenticatedPrincipal introspect(String secret) {
    Optional<Token> found;
    try {
      found = cache.get(Tokens.hash(secret), hash -> tokens.find(secret));
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
