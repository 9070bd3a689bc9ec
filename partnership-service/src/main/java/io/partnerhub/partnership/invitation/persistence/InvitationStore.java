package io.partnerhub.partnership.invitation.persistence;

import io.partnerhub.partnership.audit.AuditEntry;
import io.partnerhub.partnership.persistence.Recorded;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationLink;
import io.partnerhub.partnership.invitation.SweepDue;
import io.partnerhub.partnership.persistence.GuardedWrites;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes invitation documents; every write is one guarded document write. */
@Component
public class InvitationStore {

    static final String EXPIRES_AT = "expiresAt";
    static final String NEXT_REMINDER_AT = "nextReminderAt";

    private final MongoTemplate mongo;
    private final GuardedWrites writes;

    public InvitationStore(MongoTemplate mongo, GuardedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    public void createIndexes() {
        var indexes = mongo.indexOps(InvitationDocument.class);
        indexes.createIndex(new Index().on("pendingPairKey", Sort.Direction.ASC).unique().named("pending_pair"));
        indexes.createIndex(new Index().on("tokenHash", Sort.Direction.ASC).named("token_hash"));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("expiresAt", Sort.Direction.ASC)
                .named("state_deadline"));
        indexes.createIndex(new Index().on("partnerId", Sort.Direction.ASC).named("partner"));
        indexes.createIndex(new Index().on("customerId", Sort.Direction.ASC).named("customer"));
    }

    /** Stores a new invitation; a second pending one for the pair fails on the unique index (R16). */
    public void insert(Invitation invitation, Recorded recorded) {
        writes.insert(InvitationDocument.of(invitation, recorded));
    }

    public Optional<Versioned<Invitation>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InvitationDocument.class)).map(InvitationStore::versioned);
    }

    public Optional<Versioned<Invitation>> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("tokenHash").is(tokenHash)),
                InvitationDocument.class)).map(InvitationStore::versioned);
    }

    /** The link-deciding fields of the invitations with these ids, in one query; unknown ids are left out. */
    public List<InvitationLink> links(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("state", "tokenHash", "expiresAt");
        return mongo.find(query, InvitationDocument.class).stream()
                .map(document -> new InvitationLink(document.id, document.state, document.tokenHash,
                        document.expiresAt))
                .toList();
    }

    public List<Invitation> ofOrganization(String organizationId) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("partnerId").is(organizationId),
                Criteria.where("customerId").is(organizationId)));
        return mongo.find(query, InvitationDocument.class).stream().map(InvitationDocument::invitation).toList();
    }

    /** Writes the new state if nobody changed the invitation since it was read. */
    public void update(Versioned<Invitation> loaded, Recorded messages) {
        writes.update(InvitationDocument.class, loaded.aggregate().id(), loaded.version(), null,
                InvitationDocument.changesFor(loaded.aggregate()), messages);
    }

    /** Accepts: like {@link #update}, and marks the partnership as still to be written. */
    public void updateAccepted(Versioned<Invitation> loaded, Recorded messages) {
        Update changes = InvitationDocument.changesFor(loaded.aggregate()).set("partnershipPending", true);
        writes.update(InvitationDocument.class, loaded.aggregate().id(), loaded.version(), null, changes, messages);
    }

    public void partnershipWritten(String invitationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(invitationId)),
                new Update().set("partnershipPending", false), InvitationDocument.class);
    }

    /** Claims an expiry: written only if the invitation is still due for it as the sweeper read it. */
    public boolean claimExpiry(Versioned<Invitation> loaded, SweepDue due, Recorded messages) {
        return claim(loaded, dueBy(due, EXPIRES_AT), messages);
    }

    /** Claims a reminder: written only if the invitation is still due for it as the sweeper read it. */
    public boolean claimReminder(Versioned<Invitation> loaded, SweepDue due, Recorded messages) {
        return claim(loaded, dueBy(due, NEXT_REMINDER_AT), messages);
    }

    public List<Versioned<Invitation>> dueForExpiry(SweepDue due, int limit) {
        return find(dueBy(due, EXPIRES_AT), limit);
    }

    public List<Versioned<Invitation>> dueForReminder(SweepDue due, int limit) {
        return find(dueBy(due, NEXT_REMINDER_AT), limit);
    }

    /** The domain's {@link SweepDue} as a query on the stored state and one of the stored times. */
    static Criteria dueBy(SweepDue due, String timeField) {
        return Criteria.where("state").is(due.state()).and(timeField).lte(due.notAfter());
    }

    public List<Versioned<Invitation>> acceptedWithoutPartnership(int limit) {
        Query query = Query.query(Criteria.where("partnershipPending").is(true)).limit(limit);
        return mongo.find(query, InvitationDocument.class).stream().map(InvitationStore::versioned).toList();
    }

    public List<AuditEntry> history(String id) {
        InvitationDocument document = mongo.findById(id, InvitationDocument.class);
        return document == null ? List.of() : document.history();
    }

    private boolean claim(Versioned<Invitation> loaded, Criteria guard, Recorded messages) {
        return writes.tryUpdate(InvitationDocument.class, loaded.aggregate().id(), loaded.version(), guard,
                InvitationDocument.changesFor(loaded.aggregate()), messages) != null;
    }

    private List<Versioned<Invitation>> find(Criteria criteria, int limit) {
        Query query = Query.query(criteria).limit(limit);
        return mongo.find(query, InvitationDocument.class).stream().map(InvitationStore::versioned).toList();
    }

    private static Versioned<Invitation> versioned(InvitationDocument document) {
        return new Versioned<>(document.invitation(), document.version());
    }
}
