package io.partnerhub.notification.delivery;

/**
 * Where one email stands. PENDING → SENT on the first accepted attempt; a transient refusal
 * (4xx, timeout, no connection) → RETRY_SCHEDULED → … → SENT, or FAILED once the schedule is
 * used up; a permanent refusal (5xx) or unwritable template data → FAILED at once. An email whose
 * cause no longer holds when it is about to be sent (its tender was cancelled, its invitation link
 * is dead) → WITHDRAWN: never handed to SMTP.
 */
public enum DeliveryStatus {
    PENDING, RETRY_SCHEDULED, SENT, FAILED, WITHDRAWN;

    /** Whether the sender job still has work to do for it. */
    public boolean awaitsSending() {
        return this == PENDING || this == RETRY_SCHEDULED;
    }
}
