package org.casegraph.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ends a live subscription once its token is revoked: the token is checked again as often as the token
 * cache lets an instance trust it ({@code casegraph.security.token-cache}), so a revoked token stops
 * feeding a subscriber within the same bound as it stops answering requests.
 */
@Component
public class LiveAccess {

  private final TokenIntrospector introspector;
  private final SecurityProperties properties;

  LiveAccess(TokenIntrospector introspector, SecurityProperties properties) {
    this.introspector = introspector;
    this.properties = properties;
  }

  /** The feed, for the one asking now, until their token is refused; then an UNAUTHORIZED error. */
  public <T> Flux<T> whileTokenValid(Flux<T> feed) {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenAuthentication bearer)) {
      return feed;
    }
    var secret = bearer.getToken().getTokenValue();
    if (!secret.startsWith(Tokens.PREFIX)) {
      return feed;
    }
    var revoked = Flux.interval(properties.tokenCache())
        .concatMap(tick -> Mono.fromCallable(() -> refused(secret)).subscribeOn(Schedulers.boundedElastic()))
        .filter(refused -> refused)
        .next()
        .then(Mono.<T>error(new BadOpaqueTokenException("This token was revoked; subscribe again with a valid token")));
    return feed.mergeWith(revoked);
  }

  private boolean refused(String secret) {
    try {
      introspector.introspect(secret);
      return false;
    } catch (BadOpaqueTokenException e) {
      return true;
    } catch (OAuth2IntrospectionException unavailable) {
      // The database is away: the token could not be checked, which is not a refusal.
      return false;
    }
  }
}
