package org.casegraph.support;

import java.util.EnumSet;
import java.util.Set;
import org.casegraph.security.Access;
import org.casegraph.security.Tokens;

/** The API tokens the tests use, one per kind of user; their secrets are fixed test values. */
public enum TestTokens {
  READER(Access.READER),
  CONFIDENTIAL_READER(Access.READER, Access.CONFIDENTIAL),
  EDITOR(Access.EDITOR),
  ADMIN(Access.ADMIN, Access.CONFIDENTIAL);

  private final Set<Access> access;

  TestTokens(Access first, Access... rest) {
    this.access = EnumSet.of(first, rest);
  }

  public String tokenName() {
    return "test-" + name().toLowerCase().replace('_', '-');
  }

  public String secret() {
    return Tokens.PREFIX + "test-" + name().toLowerCase() + "-0123456789abcdefghijklmnopqrstuvwxyz";
  }

  /** The value of the Authorization header. */
  public String bearer() {
    return "Bearer " + secret();
  }

  /** Stores every test token (again, after a test emptied the database). */
  public static void ensure(Tokens tokens) {
    for (var token : values()) {
      tokens.put(token.tokenName(), token.secret(), token.access, "tests");
    }
  }
}
