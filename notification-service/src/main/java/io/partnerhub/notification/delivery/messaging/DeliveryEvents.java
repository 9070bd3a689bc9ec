package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.notification.NotificationFailed;
import io.partnerhub.events.notification.NotificationSent;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.notification.delivery.Attempt;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import org.springframework.stereotype.Component;

import java.util.List;

/** The delivery status events other services may consume: NotificationSent and NotificationFailed. */
@Component
public class DeliveryEvents {

    private final EventMetadataFactory metadata;

    DeliveryEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    /**
     * The event a delivery's new status calls for (none while it still waits to be sent), in the
     * trace of the event that caused the email: sending happens later, on the sender's own thread.
     */
    public List<OutboxMessage> after(Delivery delivery) {
        if (delivery.status() == DeliveryStatus.SENT) {
            return List.of(OutboxMessage.of(Topic.NOTIFICATIONS, delivery.id().toString(), sent(delivery))
                    .inTrace(delivery.source().traceparent()));
        }
        if (delivery.status() == DeliveryStatus.FAILED) {
            return List.of(OutboxMessage.of(Topic.NOTIFICATIONS, delivery.id().toString(), failed(delivery))
                    .inTrace(delivery.source().traceparent()));
        }
        return List.of();
    }

    private NotificationSent sent(Delivery delivery) {
        return NotificationSent.newBuilder()
                .setMetadata(metadataFor(delivery))
                .setNotificationId(delivery.id().toString())
                .setMessageKind(delivery.source().kind().name())
                .setSourceEventId(delivery.source().eventId())
                .setRecipientEmail(delivery.recipient().email())
                .setLanguage(io.partnerhub.events.common.Language.valueOf(delivery.recipient().language().name()))
                .setAttempts(delivery.attempts().size())
                .setSmtpReply(delivery.lastAttempt().map(attempt -> attempt.reply().toString()).orElse(null))
                .build();
    }

    private NotificationFailed failed(Delivery delivery) {
        return NotificationFailed.newBuilder()
                .setMetadata(metadataFor(delivery))
                .setNotificationId(delivery.id().toString())
                .setMessageKind(delivery.source().kind().name())
                .setSourceEventId(delivery.source().eventId())
                .setRecipientEmail(delivery.recipient().email())
                .setAttempts(delivery.attempts().size())
                .setReason(delivery.failureReason().orElse("unknown"))
                .setSmtpReply(delivery.lastAttempt().map(Attempt::reply).map(Object::toString).orElse(null))
                .build();
    }

    private EventMetadata metadataFor(Delivery delivery) {
        String correlationId = delivery.source().correlationId() == null
                ? delivery.source().eventId() : delivery.source().correlationId();
        return metadata.create(delivery.id().toString(), delivery.attempts().size(), null, correlationId,
                delivery.source().eventId());
    }
}
