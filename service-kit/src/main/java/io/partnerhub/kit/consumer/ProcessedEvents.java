package io.partnerhub.kit.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Remembers which events a consumer has handled ({@code processed_events}, unique on
 * (consumer, eventId)), so a redelivered event is skipped. The real guarantee is a naturally
 * idempotent state change; this skips work already done. Use {@link #markIfFirst} in the same
 * flow as the change, or {@link #alreadyProcessed} before and {@link #markProcessed} after.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(ProcessedEvents.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Creates the unique index; called once at start-up. */
    public void createIndex() {
        collection().createIndex(Indexes.ascending("consumer", "eventId"),
                new IndexOptions().unique(true).name("consumer_eventId"));
    }

    /**
     * Lets MongoDB forget marks older than {@code retention} (a TTL index): keep it longer than the
     * topics' retention, beyond which no redelivery can happen. The in-process stand-in creates the
     * index but never expires documents.
     */
    public void expireAfter(Duration retention) {
        try {
            collection().createIndex(Indexes.ascending("processedAt"),
                    new IndexOptions().name("processedAt_ttl").expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        } catch (MongoException e) {
            log.warn("Cannot create the TTL index on {} (changed retention? drop processedAt_ttl): {}",
                    COLLECTION, e.getMessage());
        }
    }

    public boolean alreadyProcessed(String consumer, String eventId) {
        return collection().find(Filters.and(Filters.eq("consumer", consumer), Filters.eq("eventId", eventId)))
                .limit(1).first() != null;
    }

    public boolean alreadyProcessed(String consumer, UUID eventId) {
        return alreadyProcessed(consumer, eventId.toString());
    }

    public void markProcessed(String consumer, String eventId) {
        markIfFirst(consumer, eventId);
    }

    public void markProcessed(String consumer, UUID eventId) {
        markIfFirst(consumer, eventId.toString());
    }

    /** Records the event; false if it was recorded before (a duplicate delivery). */
    public boolean markIfFirst(String consumer, String eventId) {
        try {
            collection().insertOne(new Document("consumer", consumer).append("eventId", eventId)
                    .append("processedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public boolean markIfFirst(String consumer, UUID eventId) {
        return markIfFirst(consumer, eventId.toString());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
