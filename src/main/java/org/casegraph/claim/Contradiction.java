package org.casegraph.claim;

import java.util.List;

/** Claims that cannot all be true, and why, in words a person can check. */
public record Contradiction(List<Claim> claims, String reason) {}
