package io.partnerhub.kit.security;

import java.time.Duration;

/**
 * The caller authenticated too long ago for this operation (RFC 9470): answered 401 with a
 * {@code WWW-Authenticate: Bearer error="insufficient_user_authentication"} challenge and max_age.
 */
public class StepUpRequiredException extends RuntimeException {

    private final Duration maxAge;

    public StepUpRequiredException(Duration maxAge) {
        super("A more recent authentication is required (at most " + maxAge.toSeconds() + " seconds ago)");
        this.maxAge = maxAge;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** The RFC 9470 challenge for the {@code WWW-Authenticate} header. */
    public String challenge() {
        return "Bearer error=\"insufficient_user_authentication\", error_description=\""
                + getMessage() + "\", max_age=" + maxAge.toSeconds();
    }
}
