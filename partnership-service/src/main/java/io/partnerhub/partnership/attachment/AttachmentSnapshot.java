package io.partnerhub.partnership.attachment;

import java.time.Instant;

/**
 * Everything an attachment holds, as plain values: what {@link Attachment#snapshot()} answers and
 * {@link Attachment#restore} starts from, so storage maps these and never the attachment's fields.
 */
public record AttachmentSnapshot(String customerId, String memberOrganizationId, AttachmentRole role,
                                 AttachmentRole roleBeforePartnership, String partnershipId, Instant since) {
}
