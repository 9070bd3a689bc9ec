package io.partnerhub.kit.web;

/**
 * The id formats every service shares, for {@code @Pattern} checks at the edge: the ids services
 * generate and those that come from the identity provider's tokens. Each service's own
 * {@code IdFormats} builds its kinds of id on these.
 */
public final class PlatformIdFormats {

    /** A lowercase UUID, as the services generate ids. */
    public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    public static final String UUID_MESSAGE = "must be a lowercase UUID";

    /** Organization ids, from the identity provider's {@code org} claim. */
    public static final String ORGANIZATION = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    public static final String ORGANIZATION_MESSAGE =
            "must be 1 to 100 letters, digits, dots, underscores, colons or dashes, starting with a letter or digit";

    /** User ids, from the token's {@code sub}: as organization ids, and an @ for e-mail-like subjects. */
    public static final String USER = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}";
    public static final String USER_MESSAGE =
            "must be 1 to 100 letters, digits, dots, underscores, colons, @ or dashes, starting with a letter or digit";

    private PlatformIdFormats() {
    }
}
