package io.partnerhub.notification.delivery;

import java.time.Instant;
import java.util.Set;

/**
 * When an email is due for the sender, as data: its status is one of {@code statuses} (it still
 * awaits sending) and its next attempt is at or before {@code latestNextAttemptAt}.
 * {@link Delivery#isDueAt} applies it to one delivery; the store builds its query from the same
 * two values, so the two cannot drift apart.
 */
public record DueCondition(Set<DeliveryStatus> statuses, Instant latestNextAttemptAt) {

    public DueCondition {
        statuses = Set.copyOf(statuses);
    }

    /** Due at {@code now}. */
    public static DueCondition at(Instant now) {
        return new DueCondition(DeliveryStatus.AWAITING_SENDING, now);
    }

    public boolean matches(DeliveryStatus status, Instant nextAttemptAt) {
        return statuses.contains(status) && nextAttemptAt != null && !nextAttemptAt.isAfter(latestNextAttemptAt);
    }
}
