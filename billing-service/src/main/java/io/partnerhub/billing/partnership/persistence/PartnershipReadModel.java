package io.partnerhub.billing.partnership;

import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.PaymentMode;
import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Who manages what, from partnership events. Every change is an upsert guarded by the aggregate
 * version: an event older than (or equal to) what is stored changes nothing, so redelivery and
 * replay are harmless.
 */
@Component
public class PartnershipReadModel {

    private final MongoTemplate mongo;

    public PartnershipReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies the update if {@code version} is newer than the stored one; false when stale. */
    public boolean apply(String partnershipId, long version, Update update) {
        Query newerThanStored = Query.query(where("_id").is(partnershipId).and("aggregateVersion").lt(version));
        try {
            UpdateResult result = mongo.upsert(newerThanStored, update.set("aggregateVersion", version),
                    PartnershipDocument.class);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException staleOrDuplicate) {
            return false;
        }
    }

    public Optional<PartnershipTerms> byId(String partnershipId) {
        return Optional.ofNullable(mongo.findById(partnershipId, PartnershipDocument.class)).map(this::terms);
    }

    public List<PartnershipTerms> liveOfCustomer(String customerId) {
        return mongo.find(Query.query(where("customerId").is(customerId).and("live").is(true)),
                PartnershipDocument.class).stream().map(this::terms).toList();
    }

    public Optional<PartnershipTerms> liveBetween(String partnerId, String customerId) {
        return mongo.find(Query.query(where("partnerId").is(partnerId).and("customerId").is(customerId)
                        .and("live").is(true)), PartnershipDocument.class)
                .stream().map(this::terms).findFirst();
    }

    public Optional<PartnershipDocument> document(String partnershipId) {
        return Optional.ofNullable(mongo.findById(partnershipId, PartnershipDocument.class));
    }

    private PartnershipTerms terms(PartnershipDocument document) {
        return new PartnershipTerms(document.id(), document.partnerId(), document.customerId(),
                document.access() == null ? AccessLevel.LIMITED : AccessLevel.valueOf(document.access()),
                document.productIds() == null ? null : new HashSet<>(document.productIds()),
                document.productCategories() == null ? null : new HashSet<>(document.productCategories()),
                document.paymentMode() == null ? null : PaymentMode.valueOf(document.paymentMode()),
                document.live(), document.startedAt());
    }
}
