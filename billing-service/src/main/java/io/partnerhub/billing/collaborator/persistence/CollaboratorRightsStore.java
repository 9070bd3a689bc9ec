package io.partnerhub.billing.collaborator.persistence;

import com.mongodb.client.result.UpdateResult;
import io.partnerhub.billing.collaborator.CollaboratorRights;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Billing's read model of collaborator rights. Every change is an upsert guarded by the partner's
 * aggregate version, as for partnerships: an event not newer than what is stored changes nothing.
 */
@Component
public class CollaboratorRightsStore {

    private final MongoTemplate mongo;

    public CollaboratorRightsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores {@code rights} if {@code version} is newer than the stored one; false when stale. */
    public boolean apply(CollaboratorRights rights, long version) {
        String id = CollaboratorRightsDocument.idOf(rights.partnerId(), rights.userId());
        Query newerThanStored = Query.query(where("_id").is(id).and("aggregateVersion").lt(version));
        Update update = new Update().set("partnerId", rights.partnerId()).set("userId", rights.userId())
                .set("allCustomers", rights.allCustomers())
                .set("customerIds", rights.customerIds().stream().sorted().toList())
                .set("withdrawn", rights.withdrawn()).set("aggregateVersion", version);
        try {
            UpdateResult result = mongo.upsert(newerThanStored, update, CollaboratorRightsDocument.class);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException stale) {
            return false;
        }
    }

    public Optional<CollaboratorRights> find(String partnerId, String userId) {
        return Optional.ofNullable(mongo.findById(CollaboratorRightsDocument.idOf(partnerId, userId),
                CollaboratorRightsDocument.class)).map(CollaboratorRightsDocument::rights);
    }

    public Optional<Long> version(String partnerId, String userId) {
        return Optional.ofNullable(mongo.findById(CollaboratorRightsDocument.idOf(partnerId, userId),
                CollaboratorRightsDocument.class)).map(CollaboratorRightsDocument::aggregateVersion);
    }
}
