package io.partnerhub.tender.distribution.persistence;

import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.outbox.StoredMessages;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.OfferBatch;
import io.partnerhub.tender.distribution.OfferBook;
import io.partnerhub.tender.distribution.TenderOffer;
import io.partnerhub.tender.request.messaging.TenderEventOutbox;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Offers in MongoDB: one document per (request, partner) — {@code _id = tenderId:partnerId}, so a
 * partner cannot be offered a request twice — and one batch document per fan-out page carrying
 * that page's TenderOffered events.
 */
@Repository
public class MongoOfferBook implements OfferBook, FanOut.Offers {

    private static final String COLLECTION = OfferDocument.COLLECTION;
    public static final String BATCHES = "tender_offer_batches";

    private final MongoTemplate mongo;
    private final TenderEventOutbox outbox;
    private final OutboxRelay relay;

    public MongoOfferBook(MongoTemplate mongo, TenderEventOutbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        mongo.indexOps(COLLECTION).createIndex(new Index("partnerId", Sort.Direction.ASC)
                .on("offeredAt", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index("tenderId", Sort.Direction.ASC));
    }

    /**
     * Records a batch in two steps. First ONE document in {@code tender_offer_batches} holding the
     * batch's partner ids and all its TenderOffered events ({@code _id = tenderId:startedAfter}): the
     * relay then handles one document per batch, not one per partner. Then the per-partner offer
     * documents (authorization and listing) in one unordered insertMany. A crash anywhere replays
     * the batch from the same cursor: its batch document exists (duplicate key), so its events are
     * not queued again; the recorded partner ids and end win, and only missing offers are inserted.
     */
    @Override
    public String offerBatch(OfferBatch batch) {
        String batchId = batch.tenderId() + ":" + (batch.startedAfter() == null ? "" : batch.startedAfter());
        Document record = new Document("_id", batchId)
                .append("tenderId", batch.tenderId())
                .append("startedAfter", batch.startedAfter())
                .append("endsWith", batch.endsWith())
                .append("partnerIds", batch.offers().stream().map(TenderOffer::partnerId).toList())
                .append("outbox", batch.offers().stream().map(o -> StoredMessages.document(outbox.offered(o))).toList());
        try {
            mongo.getCollection(BATCHES).insertOne(record);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return replay(batch, mongo.getCollection(BATCHES).find(Filters.eq("_id", batchId)).first());
        }
        insertOffers(batch.offers(), Set.of());
        relay.wake();
        return batch.endsWith();
    }

    /**
     * Deletes batch documents that served their purpose: events relayed (empty outbox) and the
     * request's fan-out done, so no replay can need them. Answers how many were deleted.
     */
    public long forgetRelayedBatches(int limit) {
        Set<String> tenderIds = new HashSet<>();
        mongo.getCollection(BATCHES).find(Filters.not(Filters.exists("outbox.0")))
                .projection(Projections.include("tenderId")).limit(limit)
                .forEach(document -> tenderIds.add(document.getString("tenderId")));
        if (tenderIds.isEmpty()) {
            return 0;
        }
        Set<String> finished = new HashSet<>();
        mongo.getCollection("tender_requests")
                .find(Filters.and(Filters.in("_id", tenderIds), Filters.eq("fanOut.done", true)))
                .projection(Projections.include("_id")).forEach(document -> finished.add(document.getString("_id")));
        if (finished.isEmpty()) {
            return 0;
        }
        return mongo.getCollection(BATCHES).deleteMany(Filters.and(Filters.in("tenderId", finished),
                Filters.not(Filters.exists("outbox.0")))).getDeletedCount();
    }

    private String replay(OfferBatch batch, Document recorded) {
        Set<String> recordedPartners = new HashSet<>(recorded.getList("partnerIds", String.class));
        List<TenderOffer> offers = batch.offers().stream().filter(o -> recordedPartners.contains(o.partnerId())).toList();
        insertOffers(offers, existing(offers));
        return recorded.getString("endsWith");
    }

    private void insertOffers(List<TenderOffer> offers, Set<String> existing) {
        List<Document> fresh = new ArrayList<>();
        for (TenderOffer offer : offers) {
            OfferDocument document = OfferDocument.from(offer);
            if (!existing.contains(document.id())) {
                Document bson = new Document();
                mongo.getConverter().write(document, bson);
                bson.remove("_class");
                fresh.add(bson);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(COLLECTION).insertMany(fresh, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    private Set<String> existing(List<TenderOffer> offers) {
        List<String> ids = offers.stream().map(o -> OfferDocument.idOf(o.tenderId(), o.partnerId())).toList();
        Set<String> existing = new HashSet<>();
        mongo.getCollection(COLLECTION).find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                .forEach(document -> existing.add(document.getString("_id")));
        return existing;
    }

    /** The contact partnership-service gave for the partner when the request was offered to it. */
    @Override
    public Optional<PartnerContact> offeredTo(String tenderId, String partnerId) {
        return Optional.ofNullable(mongo.findById(OfferDocument.idOf(tenderId, partnerId), OfferDocument.class))
                .map(OfferDocument::partner);
    }

    /** The partner's most recent offers, newest first. */
    public List<OfferDocument> recentOffers(String partnerId, int limit) {
        Query query = Query.query(Criteria.where("partnerId").is(partnerId))
                .with(Sort.by(Sort.Direction.DESC, "offeredAt")).limit(limit);
        return mongo.find(query, OfferDocument.class);
    }
}
