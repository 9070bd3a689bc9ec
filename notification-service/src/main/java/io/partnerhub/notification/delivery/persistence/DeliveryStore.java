package io.partnerhub.notification.delivery.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.StoredMessages;
import io.partnerhub.notification.delivery.CauseEnded;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.DueCondition;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code deliveries} collection: one document per email with its content, status, attempts,
 * next due time and pending outbox events. Every change is one single-document write.
 */
@Component
public class DeliveryStore {

    /** The order in which due emails are claimed; the due index ends with the same keys. */
    private static final Bson CLAIM_ORDER = Sorts.ascending("nextAttemptAt", "_id");

    private final MongoTemplate mongo;

    DeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
        MongoCollection<Document> deliveries = collection();
        deliveries.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true));
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt", "_id"));
        deliveries.createIndex(Indexes.ascending("claim"), new IndexOptions().sparse(true));
        deliveries.createIndex(Indexes.ascending("recipientEmail"));
        deliveries.createIndex(Indexes.ascending("sourceEventId"));
        deliveries.createIndex(Indexes.ascending("precondition.tenderId"));
        deliveries.createIndex(Indexes.ascending("precondition.invitationId"));
    }

    /**
     * Stores the deliveries with one unordered bulk insert and tells which were new: false where
     * the idempotency key is already known (a redelivered event), which is not an error.
     *
     * @throws InsertFailedException naming the first delivery that could not be stored for another reason
     */
    public List<Boolean> insertAllNew(List<Delivery> deliveries, List<List<OutboxMessage>> outboxes) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>(deliveries.size());
        for (int i = 0; i < deliveries.size(); i++) {
            documents.add(DeliveryDocument.from(deliveries.get(i)).toBson(outboxes.get(i)));
        }
        Boolean[] isNew = new Boolean[documents.size()];
        Arrays.fill(isNew, Boolean.TRUE);
        try {
            collection().insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            int firstFailed = documents.size();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    isNew[error.getIndex()] = false;
                } else {
                    firstFailed = Math.min(firstFailed, error.getIndex());
                }
            }
            if (firstFailed < documents.size()) {
                throw new InsertFailedException(firstFailed, e);
            }
            if (e.getWriteConcernError() != null) {
                throw new InsertFailedException(0, e);
            }
        }
        return List.of(isNew);
    }

    /**
     * Claims up to {@code limit} due deliveries for this sender, the longest due first: their next
     * due time moves a lease ahead (so a crashed sender's emails become due again) and they carry a
     * claim token. The update addresses the page by its last sort key, not by a list of ids, and the
     * round's emails are then read back by that token: on the MongoDB stand-in every filter but
     * {@code {_id: ...}} scans the collection, and an {@code $in} of 500 ids compared every document
     * with each of them. Reading back also keeps exactly what this token won when another sender
     * claimed some of the page in between, or an email became due inside its range.
     */
    public List<ClaimedDelivery> claimDue(Instant now, Duration lease, int limit) {
        Document last = null;
        for (Document candidate : collection().find(due(DueCondition.at(now))).sort(CLAIM_ORDER)
                .projection(Projections.include("nextAttemptAt")).limit(limit)) {
            last = candidate;
        }
        if (last == null) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        Date leaseEnd = DeliveryDocument.date(now.plus(lease));
        collection().updateMany(Filters.and(due(DueCondition.at(now)), upTo(last)),
                Updates.combine(Updates.set("claim", token), Updates.set("nextAttemptAt", leaseEnd)));
        List<ClaimedDelivery> claimed = new ArrayList<>();
        collection().find(claimedBy(token)).sort(Sorts.ascending("_id")).projection(Projections.exclude("outbox"))
                .forEach(document -> claimed.add(new ClaimedDelivery(token, DeliveryDocument.fromBson(document).toDomain())));
        return claimed;
    }

    /** Every document at or before {@code last} in {@link #CLAIM_ORDER}. */
    private static Bson upTo(Document last) {
        Object nextAttemptAt = last.get("nextAttemptAt");
        return Filters.or(Filters.lt("nextAttemptAt", nextAttemptAt),
                Filters.and(Filters.eq("nextAttemptAt", nextAttemptAt), Filters.lte("_id", last.get("_id"))));
    }

    private static Bson claimedBy(String token) {
        return Filters.eq("claim", token);
    }

    /**
     * Moves the lease of a round's claim to {@code until}, for the emails it has not recorded yet
     * and that no other sender has claimed since (their claim token is still the round's).
     */
    public void renewClaim(String claimToken, Instant until) {
        collection().updateMany(claimedBy(claimToken), Updates.set("nextAttemptAt", DeliveryDocument.date(until)));
    }

    /**
     * Writes what a round came to — SMTP attempts with their status events, withdrawals,
     * postponements — one bulk write, only for deliveries this sender's claim still holds. The
     * claim is checked with one query by claim token per recorded chunk, and each update then
     * addresses the document by {@code _id} alone: the MongoDB stand-in only uses an index for a
     * filter that is exactly {@code {_id: ...}} (with {@code {_id, claim}} every update scanned the
     * whole collection). The
     * window between check and write is milliseconds against a lease the round keeps renewing.
     */
    public void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Set<Object> stillClaimed = new HashSet<>();
        collection().find(claimedBy(outcomes.get(0).claimed().claimToken())).projection(Projections.include("_id"))
                .forEach(document -> stillClaimed.add(document.get("_id")));
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Delivery delivery = outcome.claimed().delivery();
            if (!stillClaimed.contains(delivery.id().toString())) {
                continue;
            }
            List<Bson> changes = new ArrayList<>(DeliveryDocument.from(delivery).stateUpdates());
            changes.add(Updates.unset("claim"));
            if (outcome.attempted()) {
                changes.add(Updates.push("attempts", AttemptDocument.from(delivery.lastAttempt().orElseThrow()).toBson()));
            }
            if (!outcome.events().isEmpty()) {
                changes.add(Updates.pushEach("outbox", StoredMessages.documents(outcome.events())));
            }
            updates.add(new UpdateOneModel<>(Filters.eq("_id", delivery.id().toString()), Updates.combine(changes)));
        }
        if (!updates.isEmpty()) {
            collection().bulkWrite(updates, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * Withdraws, in one bulk write, the emails still waiting whose cause these events ended. Emails
     * a sender has claimed right now are left to it: it checks with the owner before sending them.
     *
     * @return how many emails were withdrawn
     */
    public long withdrawPending(List<CauseEnded> ended, Instant now) {
        Map<String, List<String>> tendersByReason = new LinkedHashMap<>();
        Map<String, List<String>> invitationsByReason = new LinkedHashMap<>();
        List<UpdateManyModel<Document>> updates = new ArrayList<>();
        for (CauseEnded cause : ended) {
            if (cause instanceof CauseEnded.TenderClosed tender) {
                tendersByReason.computeIfAbsent(cause.reason(), reason -> new ArrayList<>()).add(tender.tenderId());
            } else if (cause instanceof CauseEnded.InvitationClosed invitation) {
                invitationsByReason.computeIfAbsent(cause.reason(), reason -> new ArrayList<>())
                        .add(invitation.invitationId());
            } else if (cause instanceof CauseEnded.InvitationRelinked relinked) {
                updates.add(withdrawal(now, cause.reason(), Filters.eq("precondition.type", PreconditionDocument.INVITATION_LINK_LIVE),
                        Filters.eq("precondition.invitationId", relinked.invitationId()),
                        Filters.ne("precondition.tokenHash", relinked.liveTokenHash())));
            }
        }
        tendersByReason.forEach((reason, tenderIds) -> updates.add(0, withdrawal(now, reason,
                Filters.eq("precondition.type", PreconditionDocument.TENDER_OPEN), Filters.in("precondition.tenderId", tenderIds))));
        invitationsByReason.forEach((reason, invitationIds) -> updates.add(0, withdrawal(now, reason,
                Filters.eq("precondition.type", PreconditionDocument.INVITATION_LINK_LIVE),
                Filters.in("precondition.invitationId", invitationIds))));
        if (updates.isEmpty()) {
            return 0;
        }
        return collection().bulkWrite(updates, new BulkWriteOptions().ordered(false)).getModifiedCount();
    }

    private static UpdateManyModel<Document> withdrawal(Instant now, String reason, Bson... which) {
        List<Bson> filter = new ArrayList<>(List.of(which));
        filter.add(Filters.in("status", names(DeliveryStatus.AWAITING_SENDING)));
        // not claimed by a sender now (never claimed, or its claim's lease ran out)
        filter.add(Filters.or(Filters.exists("claim", false), Filters.lte("nextAttemptAt", DeliveryDocument.date(now))));
        return new UpdateManyModel<>(Filters.and(filter), Updates.combine(
                Updates.set("status", DeliveryStatus.WITHDRAWN.name()), Updates.set("nextAttemptAt", null),
                Updates.set("withdrawnAt", DeliveryDocument.date(now)), Updates.set("withdrawalReason", reason),
                Updates.unset("claim")));
    }

    /** Ops resend: guarded on the status it had when read, so two clicks do not race. */
    public boolean saveResend(Delivery delivery, DeliveryStatus previous) {
        DeliveryDocument document = DeliveryDocument.from(delivery);
        List<Bson> changes = new ArrayList<>(document.stateUpdates());
        changes.add(Updates.set("roundStart", document.roundStart()));
        return collection().updateOne(Filters.and(Filters.eq("_id", delivery.id().toString()),
                Filters.eq("status", previous.name())), Updates.combine(changes)).getModifiedCount() == 1;
    }

    public Optional<Delivery> find(UUID id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id.toString())).first())
                .map(DeliveryDocument::fromBson).map(DeliveryDocument::toDomain);
    }

    /** Newest first; any of the criteria may be null. */
    public List<Delivery> search(String recipientEmail, String sourceEventId, DeliveryStatus status, int limit) {
        List<Bson> criteria = new ArrayList<>();
        if (recipientEmail != null) {
            criteria.add(Filters.eq("recipientEmail", recipientEmail.trim().toLowerCase(Locale.ROOT)));
        }
        if (sourceEventId != null) {
            criteria.add(Filters.eq("sourceEventId", sourceEventId));
        }
        if (status != null) {
            criteria.add(Filters.eq("status", status.name()));
        }
        List<Delivery> found = new ArrayList<>();
        collection().find(criteria.isEmpty() ? new Document() : Filters.and(criteria))
                .sort(Sorts.descending("createdAt")).limit(limit).projection(Projections.exclude("outbox"))
                .forEach(document -> found.add(DeliveryDocument.fromBson(document).toDomain()));
        return found;
    }

    public long count(DeliveryStatus status) {
        return collection().countDocuments(Filters.eq("status", status.name()));
    }

    /** The domain's {@link DueCondition} as a query: the one definition of "due", read by both. */
    static Bson due(DueCondition condition) {
        return Filters.and(Filters.in("status", names(condition.statuses())),
                Filters.lte("nextAttemptAt", DeliveryDocument.date(condition.latestNextAttemptAt())));
    }

    private static List<String> names(Set<DeliveryStatus> statuses) {
        return statuses.stream().map(DeliveryStatus::name).sorted().toList();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(DeliveryDocument.COLLECTION);
    }

    /** Delivery {@link #document()} of a bulk insert, and maybe others after it, could not be stored. */
    public static final class InsertFailedException extends RuntimeException {

        private final int document;

        InsertFailedException(int document, MongoBulkWriteException cause) {
            super(cause.getMessage(), cause);
            this.document = document;
        }

        public int document() {
            return document;
        }
    }

    /** A delivery this sender claimed, with the token that proves it. */
    public record ClaimedDelivery(String claimToken, Delivery delivery) {
    }

    /** What became of a claimed delivery in a round: whether it was an SMTP attempt, and the status events it calls for. */
    public record Outcome(ClaimedDelivery claimed, boolean attempted, List<OutboxMessage> events) {

        public static Outcome attempted(ClaimedDelivery claimed, List<OutboxMessage> events) {
            return new Outcome(claimed, true, events);
        }

        /** Withdrawn or postponed: no attempt, no status event. */
        public static Outcome notAttempted(ClaimedDelivery claimed) {
            return new Outcome(claimed, false, List.of());
        }
    }
}
