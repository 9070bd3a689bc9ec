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
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
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
 * Offers in MongoDB, one document per (request, partner) with its own TenderOffered event.
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

    /**
     * Inserts the offers of one batch that do not exist yet, each with its TenderOffered event, in one
     * unordered insertMany. When the batch may have been written before (the first of a resumed run)
     * the existing offers are looked up and skipped; an insert that still collides (duplicate key)
     * means that offer and its event exist already — also fine, nothing is offered twice.
     */
    @Override
    public void offerAll(List<TenderOffer> offers, boolean mayExist) {
        Set<String> existing = mayExist ? existing(offers) : Set.of();
        List<Document> fresh = new ArrayList<>();
        for (TenderOffer offer : offers) {
            OfferDocument document = OfferDocument.from(offer);
            if (!existing.contains(document.id())) {
                Document bson = new Document();
                mongo.getConverter().write(document, bson);
                bson.remove("_class");
                bson.append("outbox", List.of(OutboxDocuments.of(outbox.offered(offer))));
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
        relay.wake();
    }

    private Set<String> existing(List<TenderOffer> offers) {
        List<String> ids = offers.stream().map(o -> OfferDocument.idOf(o.tenderId(), o.partnerId())).toList();
        Set<String> existing = new HashSet<>();
        mongo.getCollection(COLLECTION).find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                .forEach(document -> existing.add(document.getString("_id")));
        return existing;
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
