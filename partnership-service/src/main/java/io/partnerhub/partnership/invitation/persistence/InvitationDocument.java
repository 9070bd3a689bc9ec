package io.partnerhub.partnership.invitation.persistence;

import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.audit.AuditEntry;
import io.partnerhub.partnership.persistence.Recorded;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An invitation's state and its unpublished events in one document. The top-level fields copy
 * what queries and unique indexes need: {@code pendingPairKey} is the pair while pending (R16)
 * and unique per invitation otherwise.
 */
@Document(InvitationDocument.COLLECTION)
public class InvitationDocument implements HasOutbox {

    public static final String COLLECTION = "invitations";

    @Id
    String id;
    @Version
    Long version;
    InvitationFields invitation;
    InvitationState state;
    String partnerId;
    String customerId;
    String pendingPairKey;
    Instant expiresAt;
    Instant nextReminderAt;
    String tokenHash;
    /** Accepted, but its partnership document is not written yet (repaired by the sweeper). */
    boolean partnershipPending;
    List<OutboxMessage> outbox = new ArrayList<>();
    /** R17: every change, who and when, before → after. */
    List<AuditEntry> history = new ArrayList<>();

    public static InvitationDocument of(Invitation invitation, Recorded recorded) {
        InvitationDocument document = new InvitationDocument();
        document.id = invitation.id();
        document.invitation = InvitationFields.from(invitation);
        document.state = invitation.state();
        document.partnerId = invitation.partner().organizationId();
        document.customerId = invitation.customer().organizationId();
        document.pendingPairKey = pairKey(invitation);
        document.expiresAt = invitation.expiresAt();
        document.nextReminderAt = invitation.nextReminderAt();
        document.tokenHash = invitation.tokenHash();
        document.outbox.addAll(recorded.messages());
        document.history.addAll(recorded.history());
        return document;
    }

    /** The update that stores the invitation's new state (version and outbox are added by the write). */
    public static Update changesFor(Invitation invitation) {
        return new Update().set("invitation", InvitationFields.from(invitation)).set("state", invitation.state())
                .set("pendingPairKey", pairKey(invitation)).set("expiresAt", invitation.expiresAt())
                .set("nextReminderAt", invitation.nextReminderAt()).set("tokenHash", invitation.tokenHash());
    }

    static String pairKey(Invitation invitation) {
        return invitation.state() == InvitationState.PENDING
                ? invitation.customer().organizationId() + "|" + invitation.partner().organizationId()
                : "closed|" + invitation.id();
    }

    public Invitation invitation() {
        return invitation.toInvitation();
    }

    public long version() {
        return version;
    }

    public boolean partnershipPending() {
        return partnershipPending;
    }

    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public List<AuditEntry> history() {
        return history;
    }
}
