package io.partnerhub.notification.delivery.persistence;

import io.partnerhub.notification.message.Precondition;
import org.bson.Document;

/**
 * What an email depends on, as stored in a delivery's {@code precondition}:
 * {@code {type: TENDER_OPEN, tenderId}} or {@code {type: INVITATION_LINK_LIVE, invitationId, tokenHash}};
 * absent (null) when the email needs no check.
 */
public record PreconditionDocument(String type, String tenderId, String invitationId, String tokenHash) {

    static final String TENDER_OPEN = "TENDER_OPEN";
    static final String INVITATION_LINK_LIVE = "INVITATION_LINK_LIVE";

    static PreconditionDocument from(Precondition precondition) {
        if (precondition instanceof Precondition.TenderOpen tender) {
            return new PreconditionDocument(TENDER_OPEN, tender.tenderId(), null, null);
        }
        if (precondition instanceof Precondition.InvitationLinkLive link) {
            return new PreconditionDocument(INVITATION_LINK_LIVE, null, link.invitationId(), link.tokenHash());
        }
        return null;
    }

    Precondition toDomain() {
        return switch (type) {
            case TENDER_OPEN -> new Precondition.TenderOpen(tenderId);
            case INVITATION_LINK_LIVE -> new Precondition.InvitationLinkLive(invitationId, tokenHash);
            default -> throw new IllegalStateException("unknown precondition type " + type);
        };
    }

    Document toBson() {
        return switch (type) {
            case TENDER_OPEN -> new Document("type", type).append("tenderId", tenderId);
            case INVITATION_LINK_LIVE -> new Document("type", type).append("invitationId", invitationId)
                    .append("tokenHash", tokenHash);
            default -> throw new IllegalStateException("unknown precondition type " + type);
        };
    }

    static PreconditionDocument fromBson(Document document) {
        return new PreconditionDocument(document.getString("type"), document.getString("tenderId"),
                document.getString("invitationId"), document.getString("tokenHash"));
    }
}
