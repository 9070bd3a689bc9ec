package io.partnerhub.notification.delivery;

/**
 * Where one email stands. PENDING → SENT on the first accepted attempt; a transient refusal
 * (4xx, timeout, no connection) → RETRY_SCHEDULED → … → SENT, or FAILED once the schedule is
 * used up; a permanent refusal (5xx) or unwritable template data → FAILED at once.
 */
public enum DeliveryStatus {
    PENDING, RETRY_SCHEDULED, SENT, FAILED;

    /** Whether the sender job still has work to do for it. */
    public boolean awaitsSending() {
        return this == PENDING || this == RETRY_SCHEDULED;
    }
}
