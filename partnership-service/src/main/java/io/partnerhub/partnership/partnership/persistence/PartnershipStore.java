package io.partnerhub.partnership.partnership.persistence;

import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.audit.AuditEntry;
import io.partnerhub.partnership.persistence.Recorded;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipState;
import io.partnerhub.partnership.persistence.GuardedWrites;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads and writes partnership documents; every write is one guarded document write. */
@Component
public class PartnershipStore {

    private final MongoTemplate mongo;
    private final GuardedWrites writes;

    public PartnershipStore(MongoTemplate mongo, GuardedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    public void createIndexes() {
        var indexes = mongo.indexOps(PartnershipDocument.class);
        indexes.createIndex(new Index().on("livePairKey", Sort.Direction.ASC).unique().named("live_pair"));
        indexes.createIndex(new Index().on("partnerId", Sort.Direction.ASC).named("partner"));
        indexes.createIndex(new Index().on("customerId", Sort.Direction.ASC).named("customer"));
    }

    /** Stores a new partnership; a second live one for the pair fails on the unique index (R16). */
    public void insert(Partnership partnership, Recorded recorded) {
        writes.insert(PartnershipDocument.of(partnership, recorded));
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), PartnershipDocument.class);
    }

    public Optional<Versioned<Partnership>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PartnershipDocument.class)).map(PartnershipStore::versioned);
    }

    public Optional<Partnership> liveBetween(String customerId, String partnerId) {
        Query query = Query.query(Criteria.where("livePairKey").is(PartnershipDocument.livePair(customerId, partnerId)));
        return Optional.ofNullable(mongo.findOne(query, PartnershipDocument.class)).map(PartnershipDocument::partnership);
    }

    public List<Partnership> ofOrganization(String organizationId) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("partnerId").is(organizationId),
                Criteria.where("customerId").is(organizationId)));
        return mongo.find(query, PartnershipDocument.class).stream().map(PartnershipDocument::partnership).toList();
    }

    /**
     * Live partnerships of the customer, of the partner, or of the pair (the other party null),
     * ordered by partner, then customer.
     */
    public List<Partnership> live(String customerId, String partnerId) {
        Criteria criteria;
        if (customerId != null && partnerId != null) {
            // the pair key names the pair only while its partnership is live
            criteria = Criteria.where("livePairKey").is(PartnershipDocument.livePair(customerId, partnerId));
        } else if (customerId != null) {
            criteria = Criteria.where("customerId").is(customerId).and("state").is(PartnershipState.LIVE);
        } else {
            criteria = Criteria.where("partnerId").is(partnerId).and("state").is(PartnershipState.LIVE);
        }
        Query query = Query.query(criteria).with(Sort.by("partnerId", "customerId"));
        query.fields().exclude("outbox", "history");
        return mongo.find(query, PartnershipDocument.class).stream().map(PartnershipDocument::partnership).toList();
    }

    /** The partner's live partnerships, streamed from a cursor (CSV export of 100,000 rows). */
    public Stream<Partnership> liveOfPartner(String partnerId) {
        Query query = Query.query(Criteria.where("partnerId").is(partnerId).and("state").is(PartnershipState.LIVE))
                .with(Sort.by("customerId"));
        return mongo.stream(query, PartnershipDocument.class).map(PartnershipDocument::partnership);
    }

    public void update(Versioned<Partnership> loaded, Recorded messages) {
        writes.update(PartnershipDocument.class, loaded.aggregate().id(), loaded.version(), null,
                PartnershipDocument.changesFor(loaded.aggregate()), messages);
    }

    /** Writes {@code messages} with the partnership as loaded; false when another writer came first. */
    public boolean tryAppend(Versioned<Partnership> loaded, List<OutboxMessage> messages) {
        return writes.tryUpdate(PartnershipDocument.class, loaded.aggregate().id(), loaded.version(), null,
                new Update(), new Recorded(messages, List.of())) != null;
    }

    /** Every partnership's id, in id order, streamed from a cursor. */
    public Stream<String> ids() {
        Query query = new Query().with(Sort.by("_id"));
        query.fields().include("_id");
        return mongo.stream(query, org.bson.Document.class, mongo.getCollectionName(PartnershipDocument.class))
                .map(document -> document.getString("_id"));
    }

    public List<AuditEntry> history(String id) {
        PartnershipDocument document = mongo.findById(id, PartnershipDocument.class);
        return document == null ? List.of() : document.history();
    }

    private static Versioned<Partnership> versioned(PartnershipDocument document) {
        return new Versioned<>(document.partnership(), document.version());
    }
}
