package io.partnerhub.kit.outbox;

import org.bson.Document;
import org.bson.types.Binary;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The BSON shape of an {@link OutboxMessage} inside an aggregate's {@value HasOutbox#FIELD} array:
 * read by the relay, and written by services that build their documents by hand instead of through
 * Spring Data mapping (one shape, so the relay reads back exactly what was written, trace context included).
 */
public final class StoredMessages {

    private StoredMessages() {
    }

    /** The entries to put in a document's {@value HasOutbox#FIELD} array. */
    public static List<Document> documents(List<OutboxMessage> messages) {
        return messages.stream().map(StoredMessages::document).toList();
    }

    /** One entry of a document's {@value HasOutbox#FIELD} array. */
    public static Document document(OutboxMessage message) {
        Document document = new Document("eventId", message.eventId())
                .append("topic", message.topic())
                .append("key", message.key())
                .append("type", message.type())
                .append("payload", new Binary(message.payload()))
                .append("createdAt", message.createdAt() == null ? null : Date.from(message.createdAt()));
        if (message.traceparent() != null) {
            document.append("traceparent", message.traceparent());
        }
        return document;
    }

    static List<OutboxMessage> read(Document document) {
        List<Document> stored = document.getList(HasOutbox.FIELD, Document.class, List.of());
        return stored.stream().map(StoredMessages::message).toList();
    }

    static OutboxMessage message(Document stored) {
        Object payload = stored.get("payload");
        byte[] bytes = payload instanceof Binary binary ? binary.getData() : (byte[]) payload;
        Object createdAt = stored.get("createdAt");
        Instant created = createdAt instanceof Date date ? date.toInstant() : (Instant) createdAt;
        return new OutboxMessage(stored.getString("eventId"), stored.getString("topic"), stored.getString("key"),
                stored.getString("type"), bytes, created, stored.getString("traceparent"));
    }
}
