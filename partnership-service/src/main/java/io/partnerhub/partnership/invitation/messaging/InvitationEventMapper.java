package io.partnerhub.partnership.invitation.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationEvents.Accepted;
import io.partnerhub.partnership.invitation.InvitationEvents.Cancelled;
import io.partnerhub.partnership.invitation.InvitationEvents.Created;
import io.partnerhub.partnership.invitation.InvitationEvents.Declined;
import io.partnerhub.partnership.invitation.InvitationEvents.Expired;
import io.partnerhub.partnership.invitation.InvitationEvents.ExpiringSoon;
import io.partnerhub.partnership.invitation.InvitationEvents.Resent;
import io.partnerhub.partnership.shared.DomainEvent;
import org.apache.avro.specific.SpecificRecord;

import static io.partnerhub.partnership.messaging.AvroValues.access;
import static io.partnerhub.partnership.messaging.AvroValues.recipient;

/** Invitation domain events to the Avro events of {@code Topic.INVITATIONS}. */
public final class InvitationEventMapper {

    private InvitationEventMapper() {
    }

    /** The link secret in a created or resent invitation is sealed for its event (see {@link LinkSecretSeal}). */
    public static SpecificRecord toAvro(Invitation invitation, DomainEvent event, EventMetadata metadata,
                                        LinkSecretSeal seal) {
        if (event instanceof Created created) {
            return InvitationCreated.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnerId(invitation.partner().organizationId()).setPartnerName(invitation.partner().name())
                    .setCustomerId(invitation.customer().organizationId())
                    .setCustomerName(invitation.customer().name())
                    .setRequestedAccess(access(invitation.requestedAccess()))
                    .setExpiresAt(invitation.expiresAt())
                    .setInvitee(recipient(invitation.invitee().contact()))
                    .setResponseToken(sealed(created.token(), metadata, seal)).build();
        }
        if (event instanceof Resent resent) {
            return InvitationResent.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnerName(invitation.partner().name()).setCustomerName(invitation.customer().name())
                    .setRequestedAccess(access(invitation.requestedAccess()))
                    .setExpiresAt(invitation.expiresAt())
                    .setInvitee(recipient(invitation.invitee().contact()))
                    .setResponseToken(sealed(resent.token(), metadata, seal)).build();
        }
        if (event instanceof ExpiringSoon soon) {
            return InvitationExpiringSoon.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnerName(invitation.partner().name()).setCustomerName(invitation.customer().name())
                    .setExpiresAt(soon.expiresAt()).setDaysLeft(soon.daysLeft())
                    .setSender(recipient(invitation.sender().contact()))
                    .setInvitee(recipient(invitation.invitee().contact())).build();
        }
        if (event instanceof Accepted accepted) {
            return InvitationAccepted.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnershipId(accepted.partnershipId())
                    .setPartnerId(invitation.partner().organizationId())
                    .setCustomerId(invitation.customer().organizationId())
                    .setPartnerName(invitation.partner().name()).setCustomerName(invitation.customer().name())
                    .setRequestedAccess(access(invitation.requestedAccess()))
                    .setGrantedAccess(access(accepted.grantedAccess()))
                    .setSender(recipient(invitation.sender().contact())).build();
        }
        if (event instanceof Declined) {
            return InvitationDeclined.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnerName(invitation.partner().name()).setCustomerName(invitation.customer().name())
                    .setSender(recipient(invitation.sender().contact())).build();
        }
        if (event instanceof Cancelled) {
            return InvitationCancelled.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnerName(invitation.partner().name()).setCustomerName(invitation.customer().name())
                    .setInvitee(recipient(invitation.invitee().contact())).build();
        }
        if (event instanceof Expired) {
            return InvitationExpired.newBuilder().setMetadata(metadata).setInvitationId(invitation.id())
                    .setDirection(direction(invitation))
                    .setPartnerName(invitation.partner().name()).setCustomerName(invitation.customer().name())
                    .setRequestedAccess(access(invitation.requestedAccess()))
                    .setSender(recipient(invitation.sender().contact())).build();
        }
        throw new IllegalStateException("no Avro event for " + event);
    }

    private static String sealed(LinkSecret token, EventMetadata metadata, LinkSecretSeal seal) {
        return seal.seal(token.value(), metadata.getEventId().toString());
    }

    private static InvitationDirection direction(Invitation invitation) {
        return InvitationDirection.valueOf(invitation.direction().name());
    }
}
