package io.partnerhub.partnership.attachment.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.partnership.attachment.Attachment;
import io.partnerhub.partnership.attachment.AttachmentRole;
import io.partnerhub.partnership.attachment.persistence.AttachmentStore;
import io.partnerhub.partnership.web.Roles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * The other organizations attached to the caller's (customer's) organization. The console records
 * an external-user attachment here; a later partnership with that organization upgrades it (R12).
 */
@RestController
@RequestMapping("/customers/me/attachments")
public class AttachmentController {

    private final AttachmentStore attachments;
    private final Clock clock;

    public AttachmentController(AttachmentStore attachments, Clock clock) {
        this.attachments = attachments;
        this.clock = clock;
    }

    public record AttachmentResponse(String organizationId, AttachmentRole role, String partnershipId, Instant since) {

        static AttachmentResponse of(Attachment attachment) {
            return new AttachmentResponse(attachment.memberOrganizationId(), attachment.role(),
                    attachment.partnershipId(), attachment.since());
        }
    }

    @PutMapping("/{organizationId}/external-user")
    public AttachmentResponse attachExternalUser(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String organizationId) {
        Roles.requireLegalRepresentativeOrAdmin(caller);
        Attachment attachment = attachments.find(caller.organizationId(), organizationId).orElseGet(() -> {
            Attachment created = Attachment.externalUser(caller.organizationId(), organizationId, clock.instant());
            attachments.save(created);
            return created;
        });
        return AttachmentResponse.of(attachment);
    }

    @GetMapping("/{organizationId}")
    public AttachmentResponse get(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String organizationId) {
        return attachments.find(caller.organizationId(), organizationId).map(AttachmentResponse::of)
                .orElseThrow(() -> new NotFoundException("no such attachment"));
    }
}
