package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.IdempotencyKey;
import io.partnerhub.notification.message.Recipient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * All a {@link Delivery} holds, as one value: what storing it writes and what restoring it reads.
 * {@code content} is null for an email that could not be written; {@code nextAttemptAt} is null
 * once nothing more is due; {@code roundStart} is the index of the first attempt since the last
 * resend.
 */
public record DeliveryState(UUID id, IdempotencyKey idempotencyKey, Delivery.Source source, Recipient recipient,
                            EmailContent content, Instant createdAt, List<Attempt> attempts, DeliveryStatus status,
                            Instant nextAttemptAt, String failureReason, Instant sentAt, int roundStart,
                            Validity validity) {

    public DeliveryState {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }
}
