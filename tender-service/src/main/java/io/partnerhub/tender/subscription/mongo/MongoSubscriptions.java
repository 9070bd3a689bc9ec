package io.partnerhub.tender.subscription.mongo;

import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.subscription.PartnerSubscription;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Partners' subscriptions. Writes are upserts guarded by the partner aggregate's version, so a
 * redelivered or older event changes nothing (naturally idempotent). Reads for the fan-out page
 * through opted-in partners by partnerId, filtered by category and language in the query.
 */
@Repository
public class MongoSubscriptions implements FanOut.Subscribers {

    private static final String COLLECTION = SubscriptionDocument.COLLECTION;

    private final MongoTemplate mongo;

    public MongoSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the subscription unless a newer version is already stored; true if it was stored. */
    public boolean store(PartnerSubscription subscription) {
        Document bson = new Document();
        mongo.getConverter().write(SubscriptionDocument.from(subscription), bson);
        Update update = new Update();
        bson.forEach((field, value) -> {
            if (!"_id".equals(field) && !"_class".equals(field)) {
                update.set(field, value);
            }
        });
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(subscription.partnerId())
                .and("partnerVersion").lt(subscription.partnerVersion()));
        try {
            mongo.upsert(olderOrAbsent, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException newerStored) {
            return false;
        }
    }

    /** A newer name or contact for a partner, keeping its tender wishes (not opted in if unknown so far). */
    public void storeContact(PartnerContact partner, long partnerVersion) {
        Document contact = new Document();
        mongo.getConverter().write(partner, contact);
        contact.remove("_class");
        Update update = new Update().set("partner", contact).set("partnerVersion", partnerVersion)
                .setOnInsert("optedIn", false).setOnInsert("productCategories", List.of())
                .setOnInsert("languages", List.of());
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(partner.partnerId())
                .and("partnerVersion").lt(partnerVersion));
        try {
            mongo.upsert(olderOrAbsent, update, COLLECTION);
        } catch (DuplicateKeyException newerStored) {
            // an event at least as new is stored: nothing to do
        }
    }

    public Optional<PartnerSubscription> byPartnerId(String partnerId) {
        return Optional.ofNullable(mongo.findById(partnerId, SubscriptionDocument.class))
                .map(SubscriptionDocument::subscription);
    }

    @Override
    public List<PartnerSubscription> page(TenderExcerpt excerpt, String afterPartnerId, int size) {
        Criteria criteria = Criteria.where("optedIn").is(true);
        if (afterPartnerId != null) {
            criteria = criteria.and("_id").gt(afterPartnerId);
        }
        criteria = criteria.andOperator(
                new Criteria().orOperator(Criteria.where("productCategories").size(0),
                        Criteria.where("productCategories").in(excerpt.productCategories())),
                new Criteria().orOperator(Criteria.where("languages").size(0),
                        Criteria.where("languages").is(excerpt.language().name())));
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(size);
        return mongo.find(query, SubscriptionDocument.class).stream().map(SubscriptionDocument::subscription).toList();
    }
}
