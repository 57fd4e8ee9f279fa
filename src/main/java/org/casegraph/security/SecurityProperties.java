package org.casegraph.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API ({@code casegraph.security}).
 *
 * @param anonymousReads whether requests without a token may query, as READER (for a public data set)
 * @param adminToken a secret for the token named "admin", set by the operator; when absent, the first
 *     start of a store without an admin token creates one and prints it once
 * @param rolesClaim the JWT claim listing a user's access levels (READER, EDITOR, ADMIN, CONFIDENTIAL)
 * @param tokenCache how long an instance trusts a token it found in Neo4j before it looks again: a revoked
 *     token stops working on every instance within this time (at once on the instance that revoked it), a
 *     token unknown here is looked up on every use, so a new one works everywhere at once
 */
@ConfigurationProperties("casegraph.security")
public record SecurityProperties(@DefaultValue("false") boolean anonymousReads, @Nullable String adminToken,
    @DefaultValue("roles") String rolesClaim, @DefaultValue("10s") Duration tokenCache) {}
