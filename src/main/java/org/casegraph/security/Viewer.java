package org.casegraph.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, as far as the data they may see and the audit trail are concerned. */
public final class Viewer {

  private Viewer() {}

  /** The name the audit trail records: the token's name, the JWT's subject, or "anonymous". */
  public static String name() {
    var authentication = authentication();
    return authentication == null || authentication instanceof AnonymousAuthenticationToken
        ? "anonymous" : authentication.getName();
  }

  /** Whether the claims of restricted sources are visible to the one asking. */
  public static boolean seesRestricted() {
    var authentication = authentication();
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(a -> Access.CONFIDENTIAL.authority().equals(a.getAuthority()));
  }

  private static Authentication authentication() {
    return SecurityContextHolder.getContext().getAuthentication();
  }
}
