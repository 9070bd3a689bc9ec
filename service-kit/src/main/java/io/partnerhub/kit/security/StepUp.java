package io.partnerhub.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Step-up authentication (RFC 9470): sensitive operations demand a recent authentication.
 *
 * <p>{@link #requireFreshAuthentication(Caller, Duration)} reads "now" from the application's
 * {@link Clock} bean (the kit registers it at start-up; system UTC until then). Unit tests can
 * pass a clock explicitly.
 */
public final class StepUp {

    private static volatile Clock clock = Clock.systemUTC();

    private StepUp() {
    }

    public static void requireFreshAuthentication(Caller caller, Duration maxAge) {
        requireFreshAuthentication(caller, maxAge, clock);
    }

    public static void requireFreshAuthentication(Caller caller, Duration maxAge, Clock now) {
        Objects.requireNonNull(caller, "caller");
        Instant authTime = caller.authTime();
        Instant oldestAccepted = now.instant().minus(maxAge);
        if (authTime == null || authTime.isBefore(oldestAccepted)) {
            throw new StepUpRequiredException(maxAge);
        }
    }

    /** Called by the kit's auto-configuration with the context's clock. */
    public static void useClock(Clock applicationClock) {
        clock = Objects.requireNonNull(applicationClock);
    }
}
