package io.partnerhub.partnership.partnership;

import io.partnerhub.partnership.shared.Side;

import java.time.Instant;

/** R15 step 1: someone asked to end the partnership; confirmed with {@code confirmationId}. */
public record PendingTermination(String confirmationId, Side requestedBy, String requestedByUserId,
                                 String reason, Instant requestedAt, Instant confirmBefore) {
}
