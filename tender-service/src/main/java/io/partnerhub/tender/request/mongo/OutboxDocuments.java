package io.partnerhub.tender.request.mongo;

import io.partnerhub.kit.outbox.OutboxMessage;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.Date;
import java.util.List;

/** The BSON shape of an outbox entry, exactly as the kit's relay reads it. */
public final class OutboxDocuments {

    private OutboxDocuments() {
    }

    public static List<Document> of(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxDocuments::of).toList();
    }

    public static Document of(OutboxMessage message) {
        return new Document("eventId", message.eventId())
                .append("topic", message.topic())
                .append("key", message.key())
                .append("type", message.type())
                .append("payload", new Binary(message.payload()))
                .append("createdAt", Date.from(message.createdAt()));
    }
}
