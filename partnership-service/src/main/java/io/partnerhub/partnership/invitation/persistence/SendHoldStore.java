package io.partnerhub.partnership.invitation.persistence;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The {@code invitation_send_holds} collection: one document per (holder, invitation) while a
 * sender is handing that invitation's email to the mail server. Expired holds are removed by a
 * TTL index; until then they are ignored by {@link #anyActive}.
 */
@Component
public class SendHoldStore {

    private static final String COLLECTION = "invitation_send_holds";

    private final MongoTemplate mongo;

    public SendHoldStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("invitationId", Sort.Direction.ASC).named("invitation"));
        indexes.createIndex(new Index().on("holder", Sort.Direction.ASC).named("holder"));
        indexes.createIndex(new Index().on("until", Sort.Direction.ASC).expire(Duration.ZERO).named("expiry"));
    }

    /** Holds each of these invitations for the holder until {@code until}; taking a hold again extends it. */
    public void take(String holder, Collection<String> invitationIds, Instant until) {
        List<Document> holds = invitationIds.stream().distinct()
                .map(invitationId -> new Document("_id", holder + "/" + invitationId).append("holder", holder)
                        .append("invitationId", invitationId).append("until", Date.from(until)))
                .toList();
        if (holds.isEmpty()) {
            return;
        }
        mongo.remove(Query.query(Criteria.where("_id").in(holds.stream().map(hold -> hold.get("_id")).toList())),
                COLLECTION);
        mongo.insert(holds, COLLECTION);
    }

    public void release(String holder, Collection<String> invitationIds) {
        mongo.remove(Query.query(Criteria.where("holder").is(holder).and("invitationId").in(invitationIds)),
                COLLECTION);
    }

    public void releaseAll(String holder) {
        mongo.remove(Query.query(Criteria.where("holder").is(holder)), COLLECTION);
    }

    public boolean anyActive(String invitationId, Instant now) {
        return mongo.exists(Query.query(Criteria.where("invitationId").is(invitationId).and("until").gt(Date.from(now))),
                COLLECTION);
    }
}
