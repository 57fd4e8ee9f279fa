package org.casegraph.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer a new store: the operator's {@code casegraph.security.admin-token}
 * becomes the token named "admin"; without one, the first start of a store with no admin token
 * creates one and prints it, once.
 */
@Component
@ConditionalOnWebApplication
class TokenBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TokenBootstrap.class);
  static final String ADMIN = "admin";

  private final Tokens tokens;
  private final SecurityProperties properties;
  private final Environment environment;

  TokenBootstrap(Tokens tokens, SecurityProperties properties, Environment environment) {
    this.tokens = tokens;
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    var configured = properties.adminToken();
    if (configured != null && !configured.isBlank()) {
      if (!configured.startsWith(Tokens.PREFIX) || configured.length() < Tokens.PREFIX.length() + 32) {
        throw new IllegalStateException("casegraph.security.admin-token must start with '%s' and be at least %d characters long"
            .formatted(Tokens.PREFIX, Tokens.PREFIX.length() + 32));
      }
      tokens.put(ADMIN, configured, EnumSet.of(Access.ADMIN, Access.CONFIDENTIAL), "casegraph.security.admin-token");
      return;
    }
    if (!tokens.anyAdmin()) {
      var secret = Tokens.newSecret();
      tokens.put(ADMIN, secret, EnumSet.of(Access.ADMIN, Access.CONFIDENTIAL), "first start");
      log.warn("""

          This store had no admin token, so one was created. It is shown this once; keep it safe:

              Authorization: Bearer {}

          Open the browser view signed in with it (the token stays in the link's fragment, which no server sees):

              http://localhost:{}/explore#token={}

          It may do everything (ADMIN, CONFIDENTIAL). Create tokens for others with the createToken mutation.
          """, secret, environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")), secret);
    }
  }
}
