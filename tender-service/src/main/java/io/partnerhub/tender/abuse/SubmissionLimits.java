package io.partnerhub.tender.abuse;

import java.time.Duration;

/**
 * How many requests one email address and one client address may submit per window. Defaults:
 * 5 per hour per email, 20 per hour per client address (an office behind one NAT submits more).
 */
public record SubmissionLimits(int perEmail, int perClientAddress, Duration window) {

    public SubmissionLimits {
        if (perEmail < 1 || perClientAddress < 1 || window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static SubmissionLimits standard() {
        return new SubmissionLimits(5, 20, Duration.ofHours(1));
    }
}
