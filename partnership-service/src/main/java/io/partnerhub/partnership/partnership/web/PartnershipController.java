package io.partnerhub.partnership.partnership.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.application.PartnershipService;
import io.partnerhub.partnership.partnership.web.PartnershipBodies.AccessRequest;
import io.partnerhub.partnership.partnership.web.PartnershipBodies.ApprovalRequest;
import io.partnerhub.partnership.partnership.web.PartnershipBodies.PartnershipResponse;
import io.partnerhub.partnership.partnership.web.PartnershipBodies.PaymentModeRequest;
import io.partnerhub.partnership.partnership.web.PartnershipBodies.TerminationRequest;
import io.partnerhub.partnership.partnership.web.PartnershipBodies.TerminationResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Partnerships of the caller's organization: access, payment mode, more access, ending in two steps. */
@RestController
@RequestMapping("/partnerships")
public class PartnershipController {

    private final PartnershipService partnerships;

    public PartnershipController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping
    public List<PartnershipResponse> list(Caller caller) {
        return partnerships.ofCaller(caller).stream().map(PartnershipResponse::of).toList();
    }

    @GetMapping("/{id}")
    public PartnershipResponse get(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return PartnershipResponse.of(partnerships.get(caller, id));
    }

    @GetMapping("/{id}/history")
    public List<io.partnerhub.partnership.audit.AuditEntry> history(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return partnerships.history(caller, id);
    }

    @PutMapping("/{id}/access")
    public PartnershipResponse changeAccess(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                            @Valid @RequestBody AccessRequest request) {
        return PartnershipResponse.of(partnerships.changeAccess(caller, id, request.access().toAccess()));
    }

    @PutMapping("/{id}/payment-mode")
    public PartnershipResponse changePaymentMode(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                                 @Valid @RequestBody PaymentModeRequest request) {
        return PartnershipResponse.of(partnerships.changePaymentMode(caller, id, request.paymentMode()));
    }

    @PostMapping("/{id}/access-increase-request")
    public PartnershipResponse requestAccessIncrease(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                                     @Valid @RequestBody AccessRequest request) {
        return PartnershipResponse.of(partnerships.requestAccessIncrease(caller, id, request.access().toAccess()));
    }

    @PostMapping("/{id}/access-increase-request/approve")
    public PartnershipResponse approveAccessIncrease(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                                     @RequestBody(required = false) ApprovalRequest request) {
        return PartnershipResponse.of(partnerships.approveAccessIncrease(caller, id,
                request == null ? null : request.paymentMode()));
    }

    @PostMapping("/{id}/access-increase-request/decline")
    public PartnershipResponse declineAccessIncrease(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id) {
        return PartnershipResponse.of(partnerships.declineAccessIncrease(caller, id));
    }

    /** R15 step 1: answers what will happen and the confirmation to send. */
    @PostMapping("/{id}/termination-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public TerminationResponse requestTermination(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                                  @Valid @RequestBody(required = false) TerminationRequest request) {
        var pending = partnerships.requestTermination(caller, id, request == null ? null : request.reason());
        return TerminationResponse.of(partnerships.get(caller, id), pending);
    }

    /** R15 step 2: needs a token from a sign-in at most 5 minutes old, else 401 step-up (RFC 9470). */
    @PostMapping("/{id}/termination-requests/{confirmationId}/confirm")
    public PartnershipResponse confirmTermination(Caller caller, @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String id,
                                                  @PathVariable @Pattern(regexp = IdFormats.GENERATED, message = IdFormats.GENERATED_MESSAGE) String confirmationId) {
        Partnership ended = partnerships.confirmTermination(caller, id, confirmationId);
        return PartnershipResponse.of(ended);
    }
}
