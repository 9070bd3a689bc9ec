package io.partnerhub.partnership.invitation.web;

import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.application.InvitationLinks;
import io.partnerhub.partnership.invitation.web.InvitationBodies.AcceptRequest;
import io.partnerhub.partnership.invitation.web.InvitationBodies.InvitationResponse;
import io.partnerhub.partnership.invitation.web.InvitationBodies.LinkPreview;
import io.partnerhub.partnership.web.AccessBody;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emailed accept/decline link (public, no login): GET only shows what would happen (mail
 * scanners that follow links change nothing); POST acts, once.
 */
@RestController
@RequestMapping("/public/invitation-links/{token}")
public class InvitationLinkController {

    private final InvitationLinks links;

    public InvitationLinkController(InvitationLinks links) {
        this.links = links;
    }

    @GetMapping
    public LinkPreview preview(@PathVariable String token) {
        Invitation invitation = links.preview(token);
        boolean fromPartner = invitation.direction() == InvitationDirection.PARTNER_TO_CUSTOMER;
        String effect = fromPartner
                ? invitation.partner().name() + " will manage the products you grant in " + invitation.customer().name()
                : invitation.partner().name() + " will manage " + invitation.customer().name()
                        + "'s products with the access shown";
        String base = "/public/invitation-links/{token}";
        return new LinkPreview(invitation.id(), invitation.direction(), invitation.sender().name(),
                invitation.invitee().name(), AccessBody.of(invitation.requestedAccess()), invitation.expiresAt(),
                effect, "POST " + base + "/accept", "POST " + base + "/decline");
    }

    @PostMapping("/accept")
    public InvitationResponse accept(@PathVariable String token,
                                     @Valid @RequestBody(required = false) AcceptRequest request) {
        var granted = request == null || request.grantedAccess() == null ? null : request.grantedAccess().toAccess();
        return InvitationResponse.of(links.accept(token, granted));
    }

    @PostMapping("/decline")
    public InvitationResponse decline(@PathVariable String token) {
        return InvitationResponse.of(links.decline(token));
    }
}
