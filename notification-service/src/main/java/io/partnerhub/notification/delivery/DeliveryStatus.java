package io.partnerhub.notification.delivery;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one email stands. PENDING → SENT on the first accepted attempt; a transient refusal
 * (4xx, timeout, no connection) → RETRY_SCHEDULED → … → SENT, or FAILED once the schedule is
 * used up; a permanent refusal (5xx) or unwritable template data → FAILED at once. An email whose
 * cause no longer holds when it is about to be sent (its tender was cancelled, its invitation link
 * is dead) → WITHDRAWN: never handed to SMTP.
 */
public enum DeliveryStatus {
    PENDING, RETRY_SCHEDULED, SENT, FAILED, WITHDRAWN;

    /** The statuses in which the sender job still has work to do: the only ones in which an email can be due. */
    public static final Set<DeliveryStatus> AWAITING_SENDING =
            Collections.unmodifiableSet(EnumSet.of(PENDING, RETRY_SCHEDULED));

    /** Whether the sender job still has work to do for it. */
    public boolean awaitsSending() {
        return AWAITING_SENDING.contains(this);
    }
}
