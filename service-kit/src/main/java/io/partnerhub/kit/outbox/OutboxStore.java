package io.partnerhub.kit.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The relay's view of the outbox collections. Documents are claimed with a short lease
 * ({@code outboxLease: {owner, until}}) so two relay instances do not send the same messages;
 * a crashed owner's lease simply expires. Sent messages are removed with one bulk {@code $pull}.
 */
class OutboxStore {

    static final String LEASE = "outboxLease";
    private static final String PENDING_KEY = HasOutbox.FIELD + ".eventId";
    private static final Logger log = LoggerFactory.getLogger(OutboxStore.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    OutboxStore(MongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /** Claims up to {@code limit} documents with pending messages: three round trips, no per-document loop. */
    List<ClaimedDocument> claim(String collectionName, int limit) {
        MongoCollection<Document> collection = mongo.getCollection(collectionName);
        Date now = Date.from(clock.instant());
        List<Object> ids = new ArrayList<>();
        collection.find(Filters.and(pending(), claimable(now))).projection(Projections.include("_id"))
                .limit(limit).forEach(document -> ids.add(document.get("_id")));
        if (ids.isEmpty()) {
            return List.of();
        }
        String owner = UUID.randomUUID().toString();
        collection.updateMany(Filters.and(Filters.in("_id", ids), claimable(now)),
                Updates.set(LEASE, new Document("owner", owner).append("until", Date.from(clock.instant().plus(lease)))));
        List<ClaimedDocument> claimed = new ArrayList<>();
        collection.find(Filters.eq(LEASE + ".owner", owner)).projection(Projections.include(HasOutbox.FIELD))
                .forEach(document -> claimed.add(
                        new ClaimedDocument(collectionName, document.get("_id"), StoredMessages.read(document))));
        return claimed;
    }

    /**
     * Removes the sent messages in one bulk write per collection. Fully sent documents are released;
     * a document with unsent messages keeps its lease for {@code retryDelay}, so it is retried
     * later without starving the others.
     */
    void complete(String collectionName, Map<Object, List<String>> sentEventIdsByDocument, Set<Object> unfinished,
                  Duration retryDelay) {
        if (sentEventIdsByDocument.isEmpty()) {
            return;
        }
        Date retryAt = Date.from(clock.instant().plus(retryDelay));
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        sentEventIdsByDocument.forEach((id, eventIds) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", id),
                Updates.combine(
                        Updates.pullByFilter(new Document(HasOutbox.FIELD,
                                new Document("eventId", new Document("$in", eventIds)))),
                        unfinished.contains(id) ? Updates.set(LEASE + ".until", retryAt) : Updates.unset(LEASE)))));
        mongo.getCollection(collectionName).bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    /**
     * On real MongoDB: a partial index holding only documents with pending messages, so finding
     * work costs the backlog, not the collection. Best effort (the stand-in may not support it).
     */
    void createPendingIndex(String collectionName) {
        try {
            mongo.getCollection(collectionName).createIndex(Indexes.ascending(PENDING_KEY),
                    new IndexOptions().name("outbox_pending").partialFilterExpression(pending()));
        } catch (RuntimeException e) {
            log.info("No partial outbox index on {}: {}", collectionName, e.getMessage());
        }
    }

    /** Documents with pending messages, for the backlog gauge. */
    long countPending(String collectionName) {
        return mongo.getCollection(collectionName).countDocuments(pending());
    }

    private static Bson pending() {
        return Filters.exists(PENDING_KEY);
    }

    private static Bson claimable(Date now) {
        return Filters.or(Filters.eq(LEASE, null), Filters.lt(LEASE + ".until", now));
    }
}
