package io.partnerhub.kit.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the authenticated user, the organization they act for, their roles in that
 * organization and when they last authenticated. Controllers take it as a method parameter.
 */
public record Caller(String userId, String organizationId, Set<String> roles, Instant authTime) {

    public static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";
    public static final String ADMIN = "ADMIN";
    public static final String COLLABORATOR = "COLLABORATOR";
    public static final String OPS = "OPS";
    /** Another Partnerhub service calling with its own client-credentials token (no organization). */
    public static final String SERVICE = "SERVICE";

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
