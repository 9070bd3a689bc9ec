package io.partnerhub.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Step-up authentication (RFC 9470): sensitive operations demand a recent authentication.
 *
 * <p>"Now" is the caller's injected {@link Clock}: no JVM-wide clock, so two application contexts in
 * one JVM (tests) never see each other's time.
 */
public final class StepUp {

    private StepUp() {
    }

    public static void requireFreshAuthentication(Caller caller, Duration maxAge, Clock now) {
        Objects.requireNonNull(caller, "caller");
        Instant authTime = caller.authTime();
        Instant oldestAccepted = now.instant().minus(maxAge);
        if (authTime == null || authTime.isBefore(oldestAccepted)) {
            throw new StepUpRequiredException(maxAge);
        }
    }
}
