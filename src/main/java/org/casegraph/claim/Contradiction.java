package org.casegraph.claim;

import java.util.List;

/** Claims that cannot all be true, which kind of disagreement it is, and why, in words a person can check. */
public record Contradiction(List<Claim> claims, ContradictionKind kind, String reason) {}
