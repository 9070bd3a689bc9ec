package io.partnerhub.partnership.attachment;

import java.time.Instant;
import java.util.Objects;

/**
 * One organization's place in a customer's organization: at most one per pair, so a partnership
 * upgrades an earlier, lesser attachment (an external user) instead of adding a second (R12).
 */
public final class Attachment {

    private String customerId;
    private String memberOrganizationId;
    private AttachmentRole role;
    private AttachmentRole roleBeforePartnership;
    private String partnershipId;
    private Instant since;

    private Attachment() {
    }

    /** The attachment as it was when {@link #snapshot()} was taken (loaded from storage). */
    public static Attachment restore(AttachmentSnapshot snapshot) {
        Attachment attachment = new Attachment();
        attachment.customerId = snapshot.customerId();
        attachment.memberOrganizationId = snapshot.memberOrganizationId();
        attachment.role = snapshot.role();
        attachment.roleBeforePartnership = snapshot.roleBeforePartnership();
        attachment.partnershipId = snapshot.partnershipId();
        attachment.since = snapshot.since();
        return attachment;
    }

    public AttachmentSnapshot snapshot() {
        return new AttachmentSnapshot(customerId, memberOrganizationId, role, roleBeforePartnership, partnershipId,
                since);
    }

    public static Attachment externalUser(String customerId, String memberOrganizationId, Instant now) {
        return create(customerId, memberOrganizationId, AttachmentRole.EXTERNAL_USER, null, now);
    }

    public static Attachment partner(String customerId, String partnerId, String partnershipId, Instant now) {
        return create(customerId, partnerId, AttachmentRole.PARTNER, partnershipId, now);
    }

    private static Attachment create(String customerId, String member, AttachmentRole role, String partnershipId,
                                     Instant now) {
        Attachment attachment = new Attachment();
        attachment.customerId = Objects.requireNonNull(customerId);
        attachment.memberOrganizationId = Objects.requireNonNull(member);
        attachment.role = role;
        attachment.partnershipId = partnershipId;
        attachment.since = now;
        return attachment;
    }

    /** The partnership starts: this attachment becomes the partner's. True when it was a lesser one. */
    public boolean upgradeToPartner(String newPartnershipId, Instant now) {
        boolean upgraded = role != AttachmentRole.PARTNER;
        roleBeforePartnership = upgraded ? role : roleBeforePartnership;
        role = AttachmentRole.PARTNER;
        partnershipId = newPartnershipId;
        since = upgraded ? now : since;
        return upgraded;
    }

    /**
     * The partnership ended: the organization falls back to the role it had before, if any.
     *
     * @return false when nothing is left of the attachment (it existed only for the partnership)
     */
    public boolean partnershipEnded() {
        partnershipId = null;
        if (roleBeforePartnership == null) {
            return false;
        }
        role = roleBeforePartnership;
        roleBeforePartnership = null;
        return true;
    }

    public String customerId() {
        return customerId;
    }

    public String memberOrganizationId() {
        return memberOrganizationId;
    }

    public AttachmentRole role() {
        return role;
    }

    public String partnershipId() {
        return partnershipId;
    }

    public Instant since() {
        return since;
    }
}
