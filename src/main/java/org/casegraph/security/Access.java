package org.casegraph.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a token lets its holder do. READER queries, EDITOR also writes, ADMIN also merges, imports,
 * deletes and manages tokens; CONFIDENTIAL, given beside a role, shows the claims of restricted sources.
 */
public enum Access {
  READER, EDITOR, ADMIN, CONFIDENTIAL;

  /** The Spring Security authority: {@code ROLE_READER}, … and plain {@code CONFIDENTIAL}. */
  public String authority() {
    return this == CONFIDENTIAL ? name() : "ROLE_" + name();
  }

  public static Access parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'%s' is not an access level; use one of %s".formatted(text,
          Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
  }
}
