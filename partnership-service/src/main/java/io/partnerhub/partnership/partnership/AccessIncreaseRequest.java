package io.partnerhub.partnership.partnership;

import java.time.Instant;

/** The partner asks the customer for more access; the customer approves or declines. */
public record AccessIncreaseRequest(Access requested, String requestedByUserId, Instant requestedAt) {
}
