package io.partnerhub.platform.tokens;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a development token says: the user, the organization they act for, their roles there, when
 * they authenticated (now if null) and optionally their email.
 */
public record TokenRequest(String userId, String organizationId, Set<String> roles, Instant authTime, String email) {

    public TokenRequest {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
