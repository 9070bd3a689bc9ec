package io.partnerhub.partnership.partnership.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.security.StepUp;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.partnership.attachment.persistence.AttachmentStore;
import io.partnerhub.partnership.collaborator.application.CustomerReach;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PaymentMode;
import io.partnerhub.partnership.partnership.PendingTermination;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.shared.Side;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.web.Roles;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Use cases on a live partnership (R13–R15) with object-level authorization: an organization
 * that is not a side of the partnership gets 404; the wrong side or role gets 403.
 */
@Service
public class PartnershipService {

    /** R15 step 2: the confirming token must come from an authentication at most this old. */
    public static final Duration STEP_UP_MAX_AGE = Duration.ofMinutes(5);

    private final PartnershipStore partnerships;
    private final AttachmentStore attachments;
    private final PartnershipMessages messages;
    private final CustomerReach reach;
    private final Clock clock;

    public PartnershipService(PartnershipStore partnerships, AttachmentStore attachments,
                              PartnershipMessages messages, CustomerReach reach, Clock clock) {
        this.partnerships = partnerships;
        this.attachments = attachments;
        this.messages = messages;
        this.reach = reach;
        this.clock = clock;
    }

    public Partnership get(Caller caller, String id) {
        return load(caller, id).aggregate();
    }

    /** R17: both sides read every change (who, when, before → after). */
    public List<io.partnerhub.partnership.audit.AuditEntry> history(Caller caller, String id) {
        load(caller, id);
        return partnerships.history(id);
    }

    /** R5: a collaborator of the partner lists only the customers its rights name. */
    public List<Partnership> ofCaller(Caller caller) {
        CustomerReach.Reach reachable = reach.of(caller);
        return partnerships.ofOrganization(caller.organizationId()).stream()
                .filter(partnership -> reaches(reachable, partnership)).toList();
    }

    /** R13: the customer changes the access, effective at once. */
    public Partnership changeAccess(Caller caller, String id, Access access) {
        return change(caller, id, Side.CUSTOMER, partnership -> partnership.changeAccess(access));
    }

    /** R14: the customer changes the payment mode under full access. */
    public Partnership changePaymentMode(Caller caller, String id, PaymentMode mode) {
        return change(caller, id, Side.CUSTOMER, partnership -> partnership.changePaymentMode(mode));
    }

    public Partnership requestAccessIncrease(Caller caller, String id, Access wanted) {
        return change(caller, id, Side.PARTNER, partnership ->
                List.of(partnership.requestAccessIncrease(wanted, caller.userId(), clock.instant())));
    }

    public Partnership approveAccessIncrease(Caller caller, String id, PaymentMode paymentModeIfFull) {
        return change(caller, id, Side.CUSTOMER, partnership -> partnership.approveAccessIncrease(paymentModeIfFull));
    }

    public Partnership declineAccessIncrease(Caller caller, String id) {
        return change(caller, id, Side.CUSTOMER, partnership -> List.of(partnership.declineAccessIncrease()));
    }

    /** R15 step 1: answers the pending termination holding the confirmation id. */
    public PendingTermination requestTermination(Caller caller, String id, String reason) {
        Versioned<Partnership> loaded = load(caller, id);
        Side side = requireSide(caller, loaded.aggregate(), null);
        Partnership partnership = loaded.aggregate();
        var requested = partnership.requestTermination(side, caller.userId(), reason, clock.instant());
        partnerships.update(loaded, messages.of(partnership, caller, List.of(requested)));
        return requested.termination();
    }

    /** R15 step 2: the same user, freshly re-authenticated (RFC 9470 step-up), confirms. */
    public Partnership confirmTermination(Caller caller, String id, String confirmationId) {
        Versioned<Partnership> loaded = load(caller, id);
        requireSide(caller, loaded.aggregate(), null);
        StepUp.requireFreshAuthentication(caller, STEP_UP_MAX_AGE, clock);
        Partnership partnership = loaded.aggregate();
        var terminated = partnership.confirmTermination(confirmationId, caller.userId(), clock.instant());
        partnerships.update(loaded, messages.of(partnership, caller, List.of(terminated)));
        attachments.find(partnership.customer().organizationId(), partnership.partner().organizationId())
                .ifPresent(attachment -> {
                    if (attachment.partnershipEnded()) {
                        attachments.save(attachment);
                    } else {
                        attachments.remove(attachment.customerId(), attachment.memberOrganizationId());
                    }
                });
        return partnership;
    }

    private Partnership change(Caller caller, String id, Side side,
                               Function<Partnership, List<DomainEvent>> transition) {
        Versioned<Partnership> loaded = load(caller, id);
        requireSide(caller, loaded.aggregate(), side);
        Partnership partnership = loaded.aggregate();
        List<DomainEvent> events = transition.apply(partnership);
        if (!events.isEmpty()) {
            partnerships.update(loaded, messages.of(partnership, caller, events));
        }
        return partnership;
    }

    private Side requireSide(Caller caller, Partnership partnership, Side required) {
        Side side = partnership.sideOf(caller.organizationId());
        if (required != null && side != required) {
            throw new ForbiddenException("only the " + required.name().toLowerCase(java.util.Locale.ROOT)
                    + " may do this");
        }
        Roles.requireLegalRepresentative(caller);
        return side;
    }

    /** Out of reach (another organization's, or a customer the collaborator has no right for) → 404. */
    private Versioned<Partnership> load(Caller caller, String id) {
        return partnerships.find(id)
                .filter(loaded -> loaded.aggregate().sideOf(caller.organizationId()) != null)
                .filter(loaded -> reaches(reach.of(caller), loaded.aggregate()))
                .orElseThrow(() -> new NotFoundException("no such partnership"));
    }

    private static boolean reaches(CustomerReach.Reach reachable, Partnership partnership) {
        return reachable.reaches(partnership.partner().organizationId(), partnership.customer().organizationId());
    }
}
