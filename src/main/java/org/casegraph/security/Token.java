package org.casegraph.security;

import java.time.ZonedDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A named API token as stored: never its secret, only the secret's hash. */
public record Token(String name, Set<Access> access, ZonedDateTime createdAt, @Nullable String createdBy) {}
