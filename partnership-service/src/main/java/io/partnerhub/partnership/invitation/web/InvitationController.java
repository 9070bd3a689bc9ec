package io.partnerhub.partnership.invitation.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.invitation.application.InvitationService;
import io.partnerhub.partnership.invitation.application.InvitationService.Counterpart;
import io.partnerhub.partnership.invitation.web.InvitationBodies.AcceptRequest;
import io.partnerhub.partnership.invitation.web.InvitationBodies.CustomerInvitationRequest;
import io.partnerhub.partnership.invitation.web.InvitationBodies.InvitationResponse;
import io.partnerhub.partnership.invitation.web.InvitationBodies.PartnerInvitationRequest;
import io.partnerhub.partnership.shared.Contact;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Invitations in both directions, as seen from the caller's organization. */
@RestController
@RequestMapping("/invitations")
public class InvitationController {

    private final InvitationService invitations;

    public InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    public InvitationResponse inviteCustomer(Caller caller, @Valid @RequestBody CustomerInvitationRequest request) {
        Counterpart customer = new Counterpart(request.customerOrganizationId(), request.customerName(),
                new Contact(request.contactEmail(), request.language(), request.contactName()));
        return InvitationResponse.of(invitations.inviteCustomer(caller, customer,
                request.requestedAccess().toAccess()));
    }

    @PostMapping("/partners")
    @ResponseStatus(HttpStatus.CREATED)
    public InvitationResponse invitePartner(Caller caller, @Valid @RequestBody PartnerInvitationRequest request) {
        Counterpart self = new Counterpart(caller.organizationId(), request.customerName(),
                new Contact(request.contactEmail(), request.language(), request.contactName()));
        return InvitationResponse.of(invitations.invitePartner(caller, request.partnerId(), self,
                request.requestedAccess().toAccess()));
    }

    @GetMapping
    public List<InvitationResponse> list(Caller caller) {
        return invitations.ofCaller(caller).stream().map(InvitationResponse::of).toList();
    }

    @GetMapping("/{id}")
    public InvitationResponse get(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return InvitationResponse.of(invitations.get(caller, id));
    }

    @GetMapping("/{id}/history")
    public List<io.partnerhub.partnership.audit.AuditEntry> history(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return invitations.history(caller, id);
    }

    @PostMapping("/{id}/resend")
    public InvitationResponse resend(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return InvitationResponse.of(invitations.resend(caller, id));
    }

    @PostMapping("/{id}/cancel")
    public InvitationResponse cancel(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return InvitationResponse.of(invitations.cancel(caller, id));
    }

    @PostMapping("/{id}/accept")
    public InvitationResponse accept(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                     @Valid @RequestBody(required = false) AcceptRequest request) {
        var granted = request == null || request.grantedAccess() == null ? null : request.grantedAccess().toAccess();
        return InvitationResponse.of(invitations.accept(caller, id, granted));
    }

    @PostMapping("/{id}/decline")
    public InvitationResponse decline(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return InvitationResponse.of(invitations.decline(caller, id));
    }
}
