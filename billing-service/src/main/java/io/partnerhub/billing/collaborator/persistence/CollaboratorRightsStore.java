package io.partnerhub.billing.collaborator.persistence;

import com.mongodb.client.result.UpdateResult;
import io.partnerhub.billing.collaborator.CollaboratorRights;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Billing's read model of collaborator rights. Every change is an upsert guarded by the partner's
 * aggregate version, as for partnerships: a state not newer than what is stored changes nothing.
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

    /**
     * Brings the partner's collaborators to {@code listed} at the partner's {@code version}: each listed
     * one is stored, and every stored one not listed is marked withdrawn. A state not newer than the last
     * one applied for the partner changes nothing; the partner's version is recorded last, so a crash
     * before it lets the redelivered state apply again. Answers how many documents changed.
     */
    public int applyAll(String partnerId, List<CollaboratorRights> listed, long version) {
        if (appliedVersion(partnerId) >= version) {
            // stale: a collaborator the newer state left out may have no document to carry its version
            return 0;
        }
        int changed = 0;
        for (CollaboratorRights rights : listed) {
            changed += apply(rights, version) ? 1 : 0;
        }
        List<String> listedUsers = listed.stream().map(CollaboratorRights::userId).toList();
        Query unlisted = Query.query(where("partnerId").is(partnerId).and("userId").nin(listedUsers)
                .and("aggregateVersion").lt(version));
        UpdateResult withdrawn = mongo.updateMulti(unlisted,
                new Update().set("withdrawn", true).set("aggregateVersion", version), CollaboratorRightsDocument.class);
        mongo.upsert(Query.query(where("_id").is(partnerId)), new Update().max("version", version),
                AppliedPartnerState.class);
        return changed + (int) withdrawn.getModifiedCount();
    }

    /** The version of the latest partner state applied for {@code partnerId}; 0 when none was. */
    public long appliedVersion(String partnerId) {
        AppliedPartnerState applied = mongo.findById(partnerId, AppliedPartnerState.class);
        return applied == null ? 0 : applied.version();
    }

    public Optional<CollaboratorRights> find(String partnerId, String userId) {
        return Optional.ofNullable(mongo.findById(CollaboratorRightsDocument.idOf(partnerId, userId),
                CollaboratorRightsDocument.class)).map(CollaboratorRightsDocument::rights);
    }

    public Optional<Long> version(String partnerId, String userId) {
        return Optional.ofNullable(mongo.findById(CollaboratorRightsDocument.idOf(partnerId, userId),
                CollaboratorRightsDocument.class)).map(CollaboratorRightsDocument::aggregateVersion);
    }

    /** The version of the latest partner state applied, per partner. */
    @Document("partner_state_versions")
    record AppliedPartnerState(@Id String id, long version) {
    }
}
