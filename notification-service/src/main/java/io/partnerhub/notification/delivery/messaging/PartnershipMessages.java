package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipAccessIncreaseRequested;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageKind;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.partnerhub.notification.delivery.messaging.AvroValues.access;
import static io.partnerhub.notification.delivery.messaging.AvroValues.message;
import static io.partnerhub.notification.delivery.messaging.AvroValues.money;
import static io.partnerhub.notification.delivery.messaging.AvroValues.name;

/** The emails partnership-service's events call for (R9–R17, R2). Other events call for none. */
@Component
class PartnershipMessages {

    private final PublicLinks links;
    private final LinkSecrets secrets;

    PartnershipMessages(PublicLinks links, LinkSecrets secrets) {
        this.links = links;
        this.secrets = secrets;
    }

    List<Message> of(SpecificRecord event) {
        if (event instanceof InvitationCreated e) {
            String secret = secrets.open(e.getResponseToken(), e.getMetadata(), e, "responseToken");
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_RECEIVED, e.getInvitee(), data(
                    "direction", name(e.getDirection()), "partnerName", e.getPartnerName(),
                    "customerName", e.getCustomerName(), "requestedAccess", access(e.getRequestedAccess()),
                    "expiresAt", e.getExpiresAt(), "respondLink", links.invitationResponse(secret)))
                    .requiring(LinkSecrets.liveLink(e.getInvitationId(), secret)));
        }
        if (event instanceof InvitationResent e) {
            String secret = secrets.open(e.getResponseToken(), e.getMetadata(), e, "responseToken");
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_RECEIVED, e.getInvitee(), data(
                    "direction", name(e.getDirection()), "partnerName", e.getPartnerName(),
                    "customerName", e.getCustomerName(), "requestedAccess", access(e.getRequestedAccess()),
                    "expiresAt", e.getExpiresAt(), "respondLink", links.invitationResponse(secret)))
                    .requiring(LinkSecrets.liveLink(e.getInvitationId(), secret)));
        }
        if (event instanceof InvitationAccepted e) {
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_ACCEPTED, e.getSender(), data(
                    "direction", name(e.getDirection()),
                    "partnerName", e.getPartnerName(), "customerName", e.getCustomerName(),
                    "requestedAccess", access(e.getRequestedAccess()), "grantedAccess", access(e.getGrantedAccess()))));
        }
        if (event instanceof InvitationDeclined e) {
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_DECLINED, e.getSender(),
                    invitationNames(e.getDirection(), e.getPartnerName(), e.getCustomerName())));
        }
        if (event instanceof InvitationCancelled e) {
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_CANCELLED, e.getInvitee(),
                    invitationNames(e.getDirection(), e.getPartnerName(), e.getCustomerName())));
        }
        if (event instanceof InvitationExpiringSoon e) {
            Map<String, Object> data = invitationNames(e.getDirection(), e.getPartnerName(), e.getCustomerName());
            data.put("expiresAt", e.getExpiresAt());
            data.put("daysLeft", e.getDaysLeft());
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_EXPIRING_SOON, e.getSender(), data));
        }
        if (event instanceof InvitationExpired e) {
            return List.of(message(e.getMetadata(), e, MessageKind.INVITATION_EXPIRED, e.getSender(),
                    invitationNames(e.getDirection(), e.getPartnerName(), e.getCustomerName())));
        }
        return partnershipOrPartner(event);
    }

    private List<Message> partnershipOrPartner(SpecificRecord event) {
        if (event instanceof PartnershipAccessChanged e) {
            return List.of(message(e.getMetadata(), e, MessageKind.ACCESS_CHANGED, e.getPartnerContact(), data(
                    "customerName", e.getCustomerName(), "previousAccess", access(e.getPreviousAccess()),
                    "access", access(e.getAccess()))));
        }
        if (event instanceof PartnershipPaymentModeChanged e) {
            return List.of(message(e.getMetadata(), e, MessageKind.PAYMENT_MODE_CHANGED, e.getPartnerContact(), data(
                    "customerName", e.getCustomerName(), "previousMode", name(e.getPreviousMode()),
                    "paymentMode", name(e.getPaymentMode()))));
        }
        if (event instanceof PartnershipAccessIncreaseRequested e) {
            return List.of(message(e.getMetadata(), e, MessageKind.ACCESS_INCREASE_REQUESTED, e.getCustomerContact(),
                    data("partnerName", e.getPartnerName(), "currentAccess", access(e.getCurrentAccess()),
                            "requestedAccess", access(e.getRequestedAccess()),
                            "reviewLink", links.accessRequest(e.getPartnershipId()))));
        }
        if (event instanceof PartnershipTerminated e) {
            Map<String, Object> data = names(e.getPartnerName(), e.getCustomerName());
            data.put("endedBy", name(e.getEndedBy()));
            return List.of(message(e.getMetadata(), e, MessageKind.PARTNERSHIP_ENDED, e.getOtherSide(), data));
        }
        if (event instanceof PartnerProgramStatusChanged e) {
            return List.of(message(e.getMetadata(), e, MessageKind.PARTNER_PROGRAM_STATUS_CHANGED, e.getContact(),
                    data("previousStatus", name(e.getPreviousStatus()), "status", name(e.getStatus()),
                            "yearlyVolume", money(e.getYearlyVolume()))));
        }
        return List.of();
    }

    /** The direction is null in events written before it was added: the email is then worded neutrally. */
    private static Map<String, Object> invitationNames(InvitationDirection direction, String partnerName,
                                                       String customerName) {
        Map<String, Object> data = names(partnerName, customerName);
        data.put("direction", name(direction));
        return data;
    }

    private static Map<String, Object> names(String partnerName, String customerName) {
        return data("partnerName", partnerName, "customerName", customerName);
    }

    /** A mutable map that, unlike Map.of, takes null values (they mean "missing"). */
    static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
