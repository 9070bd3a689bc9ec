package io.partnerhub.notification.delivery.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryState;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.delivery.Validity;
import io.partnerhub.notification.message.IdempotencyKey;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Precondition;
import io.partnerhub.notification.message.Recipient;
import io.partnerhub.platform.EmbeddedPlatform;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A {@link DeliveryStore} on the embedded platform's MongoDB-wire server, without a Spring context,
 * each test class in a database of its own; and deliveries in any state.
 */
final class StoreFixture implements AutoCloseable {

    private final MongoClient client;
    final MongoTemplate mongo;
    final DeliveryStore store;

    StoreFixture(String database) {
        client = MongoClients.create(EmbeddedPlatform.shared().mongoUri(database));
        mongo = new MongoTemplate(client, database);
        mongo.getDb().drop();
        store = new DeliveryStore(mongo);
    }

    MongoCollection<Document> deliveries() {
        return mongo.getCollection(DeliveryDocument.COLLECTION);
    }

    /** A written excerpt email of tender {@code tenderId} in exactly this status and next attempt. */
    static Delivery delivery(DeliveryStatus status, Instant nextAttemptAt, String tenderId, Instant createdAt) {
        String eventId = UUID.randomUUID().toString();
        String email = "partner-" + eventId + "@example.test";
        IdempotencyKey key = new IdempotencyKey(eventId, MessageKind.TENDER_OFFERED, email);
        return Delivery.restore(new DeliveryState(key.notificationId(), key,
                new Delivery.Source(eventId, "TenderOffered", "corr-" + eventId, MessageKind.TENDER_OFFERED, null),
                new Recipient(email, Language.DE, null), new EmailContent("Neue Anfrage", "<p>Hallo</p>", "Hallo"),
                createdAt, List.of(), status, nextAttemptAt, status == DeliveryStatus.FAILED ? "gave up" : null,
                status == DeliveryStatus.SENT ? createdAt : null, 0,
                new Validity(new Precondition.TenderOpen(tenderId), null,
                        status == DeliveryStatus.WITHDRAWN ? createdAt : null,
                        status == DeliveryStatus.WITHDRAWN ? "tender cancelled" : null)));
    }

    void insert(List<Delivery> deliveries) {
        store.insertAllNew(deliveries, deliveries.stream().map(delivery -> List.<io.partnerhub.kit.outbox.OutboxMessage>of())
                .toList());
    }

    @Override
    public void close() {
        client.close();
    }
}
