package io.partnerhub.notification.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * One email per (source event, message kind, recipient): a redelivered event yields the same
 * key, and the notification id derived from it is the same too, so storing it twice is refused.
 */
public record IdempotencyKey(String sourceEventId, MessageKind kind, String recipientEmail) {

    public IdempotencyKey {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
    }

    public String value() {
        return sourceEventId + "/" + kind.name() + "/" + recipientEmail;
    }

    /** A name-based (v3) UUID of the key: the notification's id, stable across redeliveries. */
    public UUID notificationId() {
        return UUID.nameUUIDFromBytes(value().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value();
    }
}
