package io.partnerhub.tender.request.persistence;

import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.outbox.StoredMessages;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.tender.request.TenderEvent;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.request.TenderRequests;
import io.partnerhub.tender.request.ValidityCondition;
import io.partnerhub.tender.request.messaging.TenderEventOutbox;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requests in MongoDB. Every write is ONE document write holding the new state and its events
 * (no dual writes); a save is guarded by the revision it loaded (compare-and-set).
 */
@Repository
public class MongoTenderRequests implements TenderRequests {

    private static final String COLLECTION = TenderRequestDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final TenderEventOutbox outbox;
    private final OutboxRelay relay;

    public MongoTenderRequests(MongoTemplate mongo, TenderEventOutbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        mongo.indexOps(COLLECTION).createIndex(new Index("requesterTokenHash", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("status", Sort.Direction.ASC).on("expiresAt", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("fanOut.done", Sort.Direction.ASC));
    }

    @Override
    public Optional<TenderRequest> byId(String tenderId) {
        return Optional.ofNullable(mongo.findById(tenderId, TenderRequestDocument.class))
                .map(document -> TenderRequest.restore(document.state()));
    }

    @Override
    public Optional<TenderRequest> byTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("requesterTokenHash").is(tokenHash)),
                TenderRequestDocument.class)).map(document -> TenderRequest.restore(document.state()));
    }

    /** Several requests in one query (the partner's list). */
    public List<TenderRequest> byIds(List<String> tenderIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(tenderIds)), TenderRequestDocument.class).stream()
                .map(document -> TenderRequest.restore(document.state())).toList();
    }

    @Override
    public void add(TenderRequest request) {
        Document document = bson(request);
        // the submitting request's trace, continued by the fan-out that runs later on its own thread
        document.append("fanOut", new Document("lastPartnerId", null).append("done", false)
                .append("traceparent", TraceParent.current()));
        document.append("outbox", StoredMessages.documents(outbox.messages(request.pendingEvents())));
        mongo.getCollection(COLLECTION).insertOne(document);
        request.eventsSaved();
        relay.wake();
    }

    @Override
    public boolean saveIfUnchanged(TenderRequest request, long loadedRevision) {
        List<TenderEvent> events = request.pendingEvents();
        Update update = new Update();
        bson(request).forEach((field, value) -> {
            if (!"_id".equals(field) && !"_class".equals(field)) {
                update.set(field, value);
            }
        });
        update.push("outbox").each(StoredMessages.documents(outbox.messages(events)).toArray());
        Query unchanged = Query.query(Criteria.where("_id").is(request.tenderId()).and("revision").is(loadedRevision));
        boolean saved = mongo.updateFirst(unchanged, update, COLLECTION).getModifiedCount() == 1;
        if (saved) {
            request.eventsSaved();
            relay.wake();
        }
        return saved;
    }

    @Override
    public List<String> dueForExpiry(Instant now, int limit) {
        ValidityCondition condition = ValidityCondition.at(now);
        Query due = Query.query(Criteria.where("status").is(condition.status().name())
                        .and("expiresAt").lte(condition.moment()))
                .with(Sort.by("expiresAt")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    /**
     * One query for the whole batch, on the primary, no cache: {@code _id in ids, status OPEN,
     * expiresAt > now}, built from {@link ValidityCondition} (valid until, not at, its expiry).
     */
    @Override
    public Set<String> validAmong(Collection<String> tenderIds, Instant now) {
        if (tenderIds.isEmpty()) {
            return Set.of();
        }
        ValidityCondition condition = ValidityCondition.at(now);
        Query valid = Query.query(Criteria.where("_id").in(tenderIds).and("status").is(condition.status().name())
                .and("expiresAt").gt(condition.moment()));
        valid.fields().include("_id");
        Set<String> ids = new HashSet<>();
        mongo.find(valid, Document.class, COLLECTION).forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    private Document bson(TenderRequest request) {
        Document document = new Document();
        mongo.getConverter().write(TenderRequestDocument.from(request.state()), document);
        return document;
    }
}
