package io.partnerhub.partnership.invitation.persistence;

import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.InvitationSnapshot;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.persistence.AccessFields;
import io.partnerhub.partnership.persistence.PartyFields;

import java.time.Instant;
import java.util.List;

/**
 * The invitation as stored in its document's {@code invitation} field. The names here are the
 * stored schema; the aggregate is mapped through its {@link InvitationSnapshot}, never by its fields.
 */
public record InvitationFields(String id, InvitationDirection direction, PartyFields partner, PartyFields customer,
                               AccessFields requestedAccess, AccessFields grantedAccess, String senderUserId,
                               InvitationState state, Instant createdAt, Instant expiresAt,
                               List<Instant> reminderTimes, String tokenHash, String partnershipId, Instant closedAt,
                               long revision) {

    public static InvitationFields from(Invitation invitation) {
        InvitationSnapshot s = invitation.snapshot();
        return new InvitationFields(s.id(), s.direction(), PartyFields.from(s.partner()),
                PartyFields.from(s.customer()), AccessFields.from(s.requestedAccess()),
                AccessFields.from(s.grantedAccess()), s.senderUserId(), s.state(), s.createdAt(), s.expiresAt(),
                s.reminderTimes(), s.tokenHash(), s.partnershipId(), s.closedAt(), s.revision());
    }

    public Invitation toInvitation() {
        return Invitation.restore(new InvitationSnapshot(id, direction, partner.toParty(), customer.toParty(),
                AccessFields.toAccess(requestedAccess), AccessFields.toAccess(grantedAccess), senderUserId, state,
                createdAt, expiresAt, reminderTimes, tokenHash, partnershipId, closedAt, revision));
    }
}
