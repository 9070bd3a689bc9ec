package io.partnerhub.notification.delivery.persistence;

import com.mongodb.client.model.Updates;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.StoredMessages;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryState;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.delivery.Validity;
import io.partnerhub.notification.message.IdempotencyKey;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Recipient;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A delivery as stored in {@code deliveries}, one document per email; the component names are the
 * stored field names ({@code id} is {@code _id}). Besides these the document holds {@code outbox}
 * (status events waiting for the relay, written with the state they belong to) and, while a sender
 * has claimed it, {@code claim}. {@code subject}, {@code html} and {@code text} are absent for an
 * email that could not be written.
 *
 * <p>Older documents still load: those written before emails were checked with their owner have no
 * {@code precondition}, {@code clearedAt}, {@code withdrawnAt} nor {@code withdrawalReason} (nothing to
 * check), and the first ones have no {@code traceparent} either (not traced).
 */
public record DeliveryDocument(
        String id,
        String idempotencyKey,
        String sourceEventId,
        String sourceEventType,
        String correlationId,
        String traceparent,
        MessageKind messageKind,
        String recipientEmail,
        String recipientAddress,
        String recipientName,
        String language,
        Instant createdAt,
        List<AttemptDocument> attempts,
        String subject,
        String html,
        String text,
        DeliveryStatus status,
        Instant nextAttemptAt,
        String failureReason,
        Instant sentAt,
        int roundStart,
        PreconditionDocument precondition,
        Instant clearedAt,
        Instant withdrawnAt,
        String withdrawalReason) {

    public static final String COLLECTION = "deliveries";

    public DeliveryDocument {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public static DeliveryDocument from(Delivery delivery) {
        DeliveryState state = delivery.state();
        EmailContent content = state.content();
        Validity validity = state.validity();
        return new DeliveryDocument(state.id().toString(), state.idempotencyKey().value(), state.source().eventId(),
                state.source().eventType(), state.source().correlationId(), state.source().traceparent(),
                state.source().kind(), state.recipient().normalizedEmail(), state.recipient().email(),
                state.recipient().name(), state.recipient().language().name(), state.createdAt(),
                state.attempts().stream().map(AttemptDocument::from).toList(),
                content == null ? null : content.subject(), content == null ? null : content.html(),
                content == null ? null : content.text(), state.status(), state.nextAttemptAt(),
                state.failureReason(), state.sentAt(), state.roundStart(),
                PreconditionDocument.from(validity.precondition()), validity.clearedAt(), validity.withdrawnAt(),
                validity.withdrawalReason());
    }

    public Delivery toDomain() {
        Recipient recipient = new Recipient(recipientAddress, Language.fromCode(language), recipientName);
        return Delivery.restore(new DeliveryState(UUID.fromString(id),
                new IdempotencyKey(sourceEventId, messageKind, recipient.normalizedEmail()),
                new Delivery.Source(sourceEventId, sourceEventType, correlationId, messageKind, traceparent),
                recipient, subject == null ? null : new EmailContent(subject, html, text), createdAt,
                attempts.stream().map(AttemptDocument::toDomain).toList(), status, nextAttemptAt, failureReason,
                sentAt, roundStart, new Validity(precondition == null ? null : precondition.toDomain(), clearedAt,
                withdrawnAt, withdrawalReason)));
    }

    /** The document as inserted, with the status events its first state calls for. */
    public Document toBson(List<OutboxMessage> outbox) {
        Document document = new Document("_id", id)
                .append("idempotencyKey", idempotencyKey)
                .append("sourceEventId", sourceEventId)
                .append("sourceEventType", sourceEventType)
                .append("correlationId", correlationId)
                .append("traceparent", traceparent)
                .append("messageKind", messageKind.name())
                .append("recipientEmail", recipientEmail)
                .append("recipientAddress", recipientAddress)
                .append("recipientName", recipientName)
                .append("language", language)
                .append("createdAt", date(createdAt))
                .append("attempts", attempts.stream().map(AttemptDocument::toBson).toList())
                .append("outbox", StoredMessages.documents(outbox));
        if (subject != null) {
            document.append("subject", subject).append("html", html).append("text", text);
        }
        return document.append("status", status.name())
                .append("nextAttemptAt", date(nextAttemptAt))
                .append("failureReason", failureReason)
                .append("sentAt", date(sentAt))
                .append("roundStart", roundStart)
                .append("precondition", precondition == null ? null : precondition.toBson())
                .append("clearedAt", date(clearedAt))
                .append("withdrawnAt", date(withdrawnAt))
                .append("withdrawalReason", withdrawalReason);
    }

    /** A stored document, in any of the shapes it was ever written in. */
    public static DeliveryDocument fromBson(Document document) {
        Document precondition = document.get("precondition", Document.class);
        return new DeliveryDocument(document.getString("_id"), document.getString("idempotencyKey"),
                document.getString("sourceEventId"), document.getString("sourceEventType"),
                document.getString("correlationId"), document.getString("traceparent"),
                MessageKind.valueOf(document.getString("messageKind")), document.getString("recipientEmail"),
                document.getString("recipientAddress"), document.getString("recipientName"),
                document.getString("language"), instant(document.getDate("createdAt")),
                document.getList("attempts", Document.class, List.of()).stream().map(AttemptDocument::fromBson)
                        .toList(),
                document.getString("subject"), document.getString("html"), document.getString("text"),
                DeliveryStatus.valueOf(document.getString("status")), instant(document.getDate("nextAttemptAt")),
                document.getString("failureReason"), instant(document.getDate("sentAt")),
                document.getInteger("roundStart", 0),
                precondition == null ? null : PreconditionDocument.fromBson(precondition),
                instant(document.getDate("clearedAt")), instant(document.getDate("withdrawnAt")),
                document.getString("withdrawalReason"));
    }

    /** The fields that change while it is sent, checked or withdrawn, as {@code $set}s. */
    List<Bson> stateUpdates() {
        return List.of(Updates.set("status", status.name()),
                Updates.set("nextAttemptAt", date(nextAttemptAt)),
                Updates.set("failureReason", failureReason),
                Updates.set("sentAt", date(sentAt)),
                Updates.set("clearedAt", date(clearedAt)),
                Updates.set("withdrawnAt", date(withdrawnAt)),
                Updates.set("withdrawalReason", withdrawalReason));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
