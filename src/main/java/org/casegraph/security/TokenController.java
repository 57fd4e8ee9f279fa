package org.casegraph.security;

import java.util.EnumSet;
import java.util.List;
import org.casegraph.support.BadRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;

@Controller
class TokenController {

  private final Tokens tokens;
  private final TokenIntrospector introspector;

  TokenController(Tokens tokens, TokenIntrospector introspector) {
    this.tokens = tokens;
    this.introspector = introspector;
  }

  record ViewerInfo(String name, List<Access> access) {}

  record CreatedToken(Token token, String secret) {}

  @QueryMapping
  ViewerInfo viewer(Authentication authentication) {
    var access = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .flatMap(a -> EnumSet.allOf(Access.class).stream().filter(level -> level.authority().equals(a)))
        .distinct().sorted().toList();
    return new ViewerInfo(Viewer.name(), access);
  }

  @QueryMapping
  @PreAuthorize("hasRole('ADMIN')")
  List<Token> tokens() {
    return tokens.list();
  }

  @SchemaMapping(typeName = "ApiToken")
  String createdAt(Token token) {
    return token.createdAt().toOffsetDateTime().toString();
  }

  @SchemaMapping(typeName = "ApiToken")
  List<Access> access(Token token) {
    return token.access().stream().sorted().toList();
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  CreatedToken createToken(@Argument String name, @Argument List<Access> access) {
    var levels = access.isEmpty() ? EnumSet.noneOf(Access.class) : EnumSet.copyOf(access);
    try {
      var secret = tokens.create(name.strip(), levels, Viewer.name());
      return new CreatedToken(tokens.find(secret).orElseThrow(), secret);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  @MutationMapping
  @PreAuthorize("hasRole('ADMIN')")
  boolean revokeToken(@Argument String name) {
    var revoked = tokens.revoke(name);
    introspector.forget();
    return revoked;
  }
}
