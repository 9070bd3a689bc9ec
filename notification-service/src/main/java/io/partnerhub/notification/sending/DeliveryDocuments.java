package io.partnerhub.notification.sending;

import io.partnerhub.notification.delivery.Attempt;
import io.partnerhub.notification.delivery.AttemptOutcome;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.delivery.SmtpReply;
import io.partnerhub.notification.delivery.Validity;
import io.partnerhub.notification.message.IdempotencyKey;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Precondition;
import io.partnerhub.notification.message.Recipient;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.StoredMessages;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Maps a {@link Delivery} to and from its BSON document in the {@code deliveries} collection. */
final class DeliveryDocuments {

    static final String COLLECTION = "deliveries";
    static final String TENDER_OPEN = "TENDER_OPEN";
    static final String INVITATION_LINK_LIVE = "INVITATION_LINK_LIVE";

    private DeliveryDocuments() {
    }

    static Document toDocument(Delivery delivery, List<OutboxMessage> outbox) {
        Document document = new Document("_id", delivery.id().toString())
                .append("idempotencyKey", delivery.idempotencyKey().value())
                .append("sourceEventId", delivery.source().eventId())
                .append("sourceEventType", delivery.source().eventType())
                .append("correlationId", delivery.source().correlationId())
                .append("traceparent", delivery.source().traceparent())
                .append("messageKind", delivery.source().kind().name())
                .append("recipientEmail", delivery.recipient().normalizedEmail())
                .append("recipientAddress", delivery.recipient().email())
                .append("recipientName", delivery.recipient().name())
                .append("language", delivery.recipient().language().name())
                .append("createdAt", date(delivery.createdAt()))
                .append("attempts", delivery.attempts().stream().map(DeliveryDocuments::attempt).toList())
                .append("outbox", StoredMessages.documents(outbox));
        delivery.content().ifPresent(content -> document
                .append("subject", content.subject()).append("html", content.html()).append("text", content.text()));
        return document.append("status", delivery.status().name())
                .append("nextAttemptAt", delivery.nextAttemptAt().map(DeliveryDocuments::date).orElse(null))
                .append("failureReason", delivery.failureReason().orElse(null))
                .append("sentAt", delivery.sentAt().map(DeliveryDocuments::date).orElse(null))
                .append("roundStart", delivery.roundStart())
                .append("precondition", precondition(delivery.validity().precondition()))
                .append("clearedAt", date(delivery.validity().clearedAt()))
                .append("withdrawnAt", date(delivery.validity().withdrawnAt()))
                .append("withdrawalReason", delivery.validity().withdrawalReason());
    }

    static Delivery fromDocument(Document document) {
        MessageKind kind = MessageKind.valueOf(document.getString("messageKind"));
        Recipient recipient = new Recipient(document.getString("recipientAddress"),
                Language.fromCode(document.getString("language")), document.getString("recipientName"));
        String sourceEventId = document.getString("sourceEventId");
        EmailContent content = document.getString("subject") == null ? null : new EmailContent(
                document.getString("subject"), document.getString("html"), document.getString("text"));
        List<Attempt> attempts = document.getList("attempts", Document.class, List.of()).stream()
                .map(DeliveryDocuments::attempt).toList();
        return Delivery.restore(UUID.fromString(document.getString("_id")),
                new IdempotencyKey(sourceEventId, kind, recipient.normalizedEmail()),
                new Delivery.Source(sourceEventId, document.getString("sourceEventType"),
                        document.getString("correlationId"), kind, document.getString("traceparent")),
                recipient, content, instant(document.getDate("createdAt")), attempts,
                DeliveryStatus.valueOf(document.getString("status")), instant(document.getDate("nextAttemptAt")),
                document.getString("failureReason"), instant(document.getDate("sentAt")),
                document.getInteger("roundStart", 0), new Validity(precondition(document.get("precondition", Document.class)),
                        instant(document.getDate("clearedAt")), instant(document.getDate("withdrawnAt")),
                        document.getString("withdrawalReason")));
    }

    /**
     * The precondition as stored: {@code {type: TENDER_OPEN, tenderId}} or
     * {@code {type: INVITATION_LINK_LIVE, invitationId, tokenHash}}; null when the email needs no check.
     */
    static Document precondition(Precondition precondition) {
        if (precondition instanceof Precondition.TenderOpen tender) {
            return new Document("type", TENDER_OPEN).append("tenderId", tender.tenderId());
        }
        if (precondition instanceof Precondition.InvitationLinkLive link) {
            return new Document("type", INVITATION_LINK_LIVE).append("invitationId", link.invitationId())
                    .append("tokenHash", link.tokenHash());
        }
        return null;
    }

    private static Precondition precondition(Document document) {
        if (document == null) {
            return null;
        }
        return switch (document.getString("type")) {
            case TENDER_OPEN -> new Precondition.TenderOpen(document.getString("tenderId"));
            case INVITATION_LINK_LIVE -> new Precondition.InvitationLinkLive(document.getString("invitationId"),
                    document.getString("tokenHash"));
            default -> throw new IllegalStateException("unknown precondition " + document.toJson());
        };
    }

    static Document attempt(Attempt attempt) {
        return new Document("number", attempt.number()).append("at", date(attempt.at()))
                .append("smtpCode", attempt.reply().code()).append("smtpReply", attempt.reply().text())
                .append("outcome", attempt.outcome().name());
    }

    private static Attempt attempt(Document document) {
        return new Attempt(document.getInteger("number"), instant(document.getDate("at")),
                new SmtpReply(document.getInteger("smtpCode"), document.getString("smtpReply")),
                AttemptOutcome.valueOf(document.getString("outcome")));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
