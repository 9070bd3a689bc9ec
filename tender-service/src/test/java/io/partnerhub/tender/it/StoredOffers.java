package io.partnerhub.tender.it;

import io.partnerhub.tender.distribution.persistence.OfferDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** What the tests read from the offer collection directly. */
final class StoredOffers {

    private StoredOffers() {
    }

    /** How many partners the request was offered to. */
    static long count(MongoTemplate mongo, String tenderId) {
        return mongo.count(Query.query(Criteria.where("tenderId").is(tenderId)), OfferDocument.COLLECTION);
    }
}
