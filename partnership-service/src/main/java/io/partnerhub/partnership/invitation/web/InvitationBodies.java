package io.partnerhub.partnership.invitation.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.shared.Language;
import io.partnerhub.partnership.web.AccessBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request and response bodies of the invitation API. */
public final class InvitationBodies {

    private InvitationBodies() {
    }

    /** R9: the partner names the customer organization and who there receives the email. */
    public record CustomerInvitationRequest(@NotBlank @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String customerOrganizationId,
                                            @NotBlank @Size(max = 200) String customerName,
                                            @NotBlank @Email @Size(max = 254) String contactEmail,
                                            @Size(max = 200) String contactName, Language language,
                                            @NotNull @Valid AccessBody requestedAccess) {
    }

    /** R10: the customer picks a listed partner and says who it is and who to answer. */
    public record PartnerInvitationRequest(@NotBlank @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String partnerId,
                                           @NotBlank @Size(max = 200) String customerName,
                                           @NotBlank @Email @Size(max = 254) String contactEmail,
                                           @Size(max = 200) String contactName, Language language,
                                           @NotNull @Valid AccessBody requestedAccess) {
    }

    /** The invitee's acceptance; without grantedAccess, what was requested is granted. */
    public record AcceptRequest(@Valid AccessBody grantedAccess) {
    }

    public record InvitationResponse(String invitationId, InvitationDirection direction, InvitationState state,
                                     String partnerId, String partnerName, String customerId, String customerName,
                                     AccessBody requestedAccess, AccessBody grantedAccess, Instant expiresAt,
                                     String partnershipId) {

        public static InvitationResponse of(Invitation invitation) {
            return new InvitationResponse(invitation.id(), invitation.direction(), invitation.state(),
                    invitation.partner().organizationId(), invitation.partner().name(),
                    invitation.customer().organizationId(), invitation.customer().name(),
                    AccessBody.of(invitation.requestedAccess()), AccessBody.of(invitation.grantedAccess()),
                    invitation.expiresAt(), invitation.partnershipId());
        }
    }

    /** What the link shows before anything happens: who invites whom to what, and the two actions. */
    public record LinkPreview(String invitationId, InvitationDirection direction, String fromName, String toName,
                              AccessBody requestedAccess, Instant expiresAt, String whatHappensOnAccept,
                              String acceptWith, String declineWith) {
    }
}
