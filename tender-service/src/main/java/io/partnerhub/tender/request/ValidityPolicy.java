package io.partnerhub.tender.request;

import java.time.Duration;
import java.time.Instant;

/** How long a request stays valid after submission (R32): 30 days unless configured otherwise. */
public record ValidityPolicy(Duration validity) {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    public ValidityPolicy {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
    }

    public static ValidityPolicy standard() {
        return new ValidityPolicy(DEFAULT_VALIDITY);
    }

    public Instant expiryFor(Instant submittedAt) {
        return submittedAt.plus(validity);
    }
}
