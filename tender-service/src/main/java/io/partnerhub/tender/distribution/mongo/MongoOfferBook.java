package io.partnerhub.tender.distribution.mongo;

import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.OfferBook;
import io.partnerhub.tender.distribution.TenderOffer;
import io.partnerhub.tender.request.events.TenderEventOutbox;
import io.partnerhub.tender.request.mongo.OutboxDocuments;
import io.partnerhub.tender.subscription.PartnerSubscription;
import io.partnerhub.tender.subscription.mongo.MongoSubscriptions;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Offers in MongoDB. A batch is one unordered bulk of upserts with {@code $setOnInsert}: an offer
 * that exists already (a batch replayed after a crash) is left alone, its event is not queued again.
 */
@Repository
public class MongoOfferBook implements OfferBook, FanOut.Offers {

    private static final String COLLECTION = OfferDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final TenderEventOutbox outbox;
    private final OutboxRelay relay;
    private final MongoSubscriptions subscriptions;

    public MongoOfferBook(MongoTemplate mongo, TenderEventOutbox outbox, OutboxRelay relay,
                          MongoSubscriptions subscriptions) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.subscriptions = subscriptions;
        mongo.indexOps(COLLECTION).createIndex(new Index("partnerId", Sort.Direction.ASC)
                .on("offeredAt", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index("tenderId", Sort.Direction.ASC));
    }

    @Override
    public void offerAll(List<TenderOffer> offers) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (TenderOffer offer : offers) {
            Document bson = new Document();
            mongo.getConverter().write(OfferDocument.from(offer), bson);
            Update update = new Update();
            bson.forEach((field, value) -> {
                if (!"_id".equals(field) && !"_class".equals(field)) {
                    update.setOnInsert(field, value);
                }
            });
            update.setOnInsert("outbox", List.of(OutboxDocuments.of(outbox.offered(offer))));
            bulk.upsert(Query.query(Criteria.where("_id").is(OfferDocument.idOf(offer.tenderId(), offer.partnerId()))),
                    update);
        }
        bulk.execute();
        relay.wake();
    }

    @Override
    public Optional<PartnerContact> offeredTo(String tenderId, String partnerId) {
        OfferDocument offer = mongo.findById(OfferDocument.idOf(tenderId, partnerId), OfferDocument.class);
        if (offer == null) {
            return Optional.empty();
        }
        return Optional.of(subscriptions.byPartnerId(partnerId).map(PartnerSubscription::partner)
                .orElse(offer.partner()));
    }

    /** The partner's most recent offers, newest first. */
    public List<OfferDocument> recentOffers(String partnerId, int limit) {
        Query query = Query.query(Criteria.where("partnerId").is(partnerId))
                .with(Sort.by(Sort.Direction.DESC, "offeredAt")).limit(limit);
        return mongo.find(query, OfferDocument.class);
    }

    public long countFor(String tenderId) {
        return mongo.count(Query.query(Criteria.where("tenderId").is(tenderId)), COLLECTION);
    }
}
