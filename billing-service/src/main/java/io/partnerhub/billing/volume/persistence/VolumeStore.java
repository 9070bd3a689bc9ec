package io.partnerhub.billing.volume.persistence;

import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Volume documents, changed only by inserts or updates guarded by their revision. */
@Component
public class VolumeStore {

    private final MongoTemplate mongo;

    public VolumeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<VolumeDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, VolumeDocument.class));
    }

    public List<VolumeDocument> ofPartner(String partnerId, int year) {
        return mongo.find(Query.query(where("partnerId").is(partnerId).and("year").is(year)), VolumeDocument.class);
    }

    /** False when someone else created it first. */
    public boolean create(VolumeDocument document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Adds a counted order if the document is still at {@code revision}; false when it moved on. */
    public boolean addOrder(String id, long revision, String orderId, String newAmount, List<OutboxMessage> events) {
        Update update = new Update().set("amount", newAmount).inc("revision", 1).push("countedOrders", orderId);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        return mongo.updateFirst(Query.query(where("_id").is(id).and("revision").is(revision)), update,
                VolumeDocument.class).getModifiedCount() == 1;
    }
}
