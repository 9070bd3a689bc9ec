package io.partnerhub.partnership.attachment.persistence;

import io.partnerhub.partnership.attachment.Attachment;
import io.partnerhub.partnership.attachment.AttachmentRole;
import io.partnerhub.partnership.attachment.AttachmentSnapshot;

import java.time.Instant;

/**
 * The attachment as stored in its document's {@code attachment} field. The names here are the
 * stored schema; the attachment is mapped through its {@link AttachmentSnapshot}, never by its fields.
 */
record AttachmentFields(String customerId, String memberOrganizationId, AttachmentRole role,
                        AttachmentRole roleBeforePartnership, String partnershipId, Instant since) {

    static AttachmentFields from(Attachment attachment) {
        AttachmentSnapshot s = attachment.snapshot();
        return new AttachmentFields(s.customerId(), s.memberOrganizationId(), s.role(), s.roleBeforePartnership(),
                s.partnershipId(), s.since());
    }

    Attachment toAttachment() {
        return Attachment.restore(new AttachmentSnapshot(customerId, memberOrganizationId, role, roleBeforePartnership,
                partnershipId, since));
    }
}
