package io.partnerhub.billing.partnership.persistence;

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
 * Who manages what, from partnership-service's state topic. Every change is an upsert guarded by the aggregate
 * version: a state older than (or equal to) what is stored changes nothing, so redelivery and
 * replay are harmless.
 *
 * <p>This is billing's <em>copy</em>, behind partnership-service by the topic's lag: decisions on the
 * partnership terms ask the owner ({@code partnership.client.PartnershipOwner}); this copy answers only
 * a customer's own order while the owner cannot be reached, and the termination preview of a
 * partnership the owner no longer lists (ended).
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

    /**
     * Stores the live terms partnership-service just answered at its {@code version} (the partnership's
     * aggregate version, as in its events), with the same guard as an event: nothing older than what is
     * stored is ever written, and a later event still applies on top. Keeps the fallback fresh.
     */
    public boolean refresh(PartnershipTerms live, long version) {
        Update update = new Update().set("partnerId", live.partnerId()).set("customerId", live.customerId())
                .set("access", live.access().name())
                .set("productIds", live.productIds().stream().sorted().toList())
                .set("productCategories", live.productCategories().stream().sorted().toList())
                .set("paymentMode", live.paymentMode() == null ? null : live.paymentMode().name())
                .set("live", true);
        if (live.startedAt() != null) {
            update.set("startedAt", live.startedAt());
        }
        return apply(live.partnershipId(), version, update);
    }

    /** The customer's live partnerships as far as the events have told billing (the fallback). */
    public List<PartnershipTerms> liveOfCustomer(String customerId) {
        return mongo.find(Query.query(where("customerId").is(customerId).and("live").is(true)),
                PartnershipDocument.class).stream().map(this::terms).toList();
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
