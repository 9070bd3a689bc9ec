package io.partnerhub.partnership.web;

import io.partnerhub.kit.web.PlatformIdFormats;

/**
 * One format per kind of id, checked at the edge (Bean Validation {@code @Pattern} on path
 * variables and body fields, so a malformed id is a 400 problem naming it) and shown in the OpenAPI.
 */
public final class IdFormats {

    /** Ids this service generates (invitations, partnerships, termination confirmations). */
    public static final String GENERATED = PlatformIdFormats.UUID;
    public static final String GENERATED_MESSAGE = PlatformIdFormats.UUID_MESSAGE;

    /** Organization ids, from the identity provider's `org` claim. */
    public static final String ORGANIZATION = PlatformIdFormats.ORGANIZATION;
    public static final String ORGANIZATION_MESSAGE = PlatformIdFormats.ORGANIZATION_MESSAGE;

    /** User ids, from the token's `sub`: as organization ids, and an @ for e-mail-like subjects. */
    public static final String USER = PlatformIdFormats.USER;
    public static final String USER_MESSAGE = PlatformIdFormats.USER_MESSAGE;

    private IdFormats() {
    }
}
