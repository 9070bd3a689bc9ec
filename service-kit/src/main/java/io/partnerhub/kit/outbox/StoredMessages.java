package io.partnerhub.kit.outbox;

import org.bson.Document;
import org.bson.types.Binary;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Reads {@link OutboxMessage}s from the raw BSON Spring Data wrote for them. */
final class StoredMessages {

    private StoredMessages() {
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
