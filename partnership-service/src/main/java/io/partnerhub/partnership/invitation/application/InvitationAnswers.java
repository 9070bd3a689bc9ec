package io.partnerhub.partnership.invitation.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationEvents;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.application.PartnershipOpening;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.UUID;

/**
 * The invitee's answer, whether given in the console or through the emailed link. The guarded
 * write of the invitation decides the race with a concurrent cancel or expiry: one outcome only.
 */
@Service
public class InvitationAnswers {

    private final InvitationStore invitations;
    private final PartnershipStore partnerships;
    private final PartnershipOpening opening;
    private final InvitationMessages messages;
    private final InvitationDurations durations;
    private final Clock clock;

    public InvitationAnswers(InvitationStore invitations, PartnershipStore partnerships, PartnershipOpening opening,
                             InvitationMessages messages, InvitationDurations durations, Clock clock) {
        this.durations = durations;
        this.invitations = invitations;
        this.partnerships = partnerships;
        this.opening = opening;
        this.messages = messages;
        this.clock = clock;
    }

    /** Accepts (with the granted access, or null for what was requested) and starts the partnership. */
    public Invitation accept(Versioned<Invitation> loaded, Access granted, Caller caller) {
        Invitation invitation = loaded.aggregate();
        if (partnerships.liveBetween(invitation.customer().organizationId(),
                invitation.partner().organizationId()).isPresent()) {
            throw new ConflictException("the customer and the partner already have a live partnership");
        }
        InvitationEvents.Accepted accepted = invitation.accept(granted, UUID.randomUUID().toString(), clock.instant());
        invitations.updateAccepted(loaded, messages.of(invitation, caller, accepted));
        opening.open(invitation, caller);
        invitations.partnershipWritten(invitation.id());
        durations.ended(invitation);
        return invitation;
    }

    public Invitation decline(Versioned<Invitation> loaded, Caller caller) {
        Invitation invitation = loaded.aggregate();
        InvitationEvents.Declined declined = invitation.decline(clock.instant());
        invitations.update(loaded, messages.of(invitation, caller, declined));
        durations.ended(invitation);
        return invitation;
    }
}
