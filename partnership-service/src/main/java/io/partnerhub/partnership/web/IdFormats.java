package io.partnerhub.partnership.web;

/**
 * One format per kind of id, checked at the edge (Bean Validation {@code @Pattern} on path
 * variables and body fields, so a malformed id is a 400 problem naming it) and shown in the OpenAPI.
 */
public final class IdFormats {

    /** Ids this service generates (invitations, partnerships, termination confirmations). */
    public static final String GENERATED = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    public static final String GENERATED_MESSAGE = "must be a lowercase UUID";

    /** Organization ids, from the identity provider's `org` claim. */
    public static final String ORGANIZATION = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    public static final String ORGANIZATION_MESSAGE =
            "must be 1 to 100 letters, digits, dots, underscores, colons or dashes, starting with a letter or digit";

    /** User ids, from the token's `sub`: as organization ids, and an @ for e-mail-like subjects. */
    public static final String USER = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}";
    public static final String USER_MESSAGE =
            "must be 1 to 100 letters, digits, dots, underscores, colons, @ or dashes, starting with a letter or digit";

    private IdFormats() {
    }
}
