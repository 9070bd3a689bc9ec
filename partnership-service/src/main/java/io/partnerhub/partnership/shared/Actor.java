package io.partnerhub.partnership.shared;

import java.util.Objects;

/** Who caused a change: a user acting for an organization. */
public record Actor(String userId, String organizationId) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
