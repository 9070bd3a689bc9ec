package io.partnerhub.partnership.audit;

import io.partnerhub.partnership.invitation.InvitationEvents;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.PartnershipEvents;
import io.partnerhub.partnership.shared.DomainEvent;

import java.time.Instant;
import java.util.Locale;

/** Describes invitation and partnership events as audit entries (R17). */
public final class AuditTrail {

    private AuditTrail() {
    }

    public static AuditEntry entry(DomainEvent event, Instant at, String userId, String organizationId) {
        String change = event.getClass().getSimpleName();
        String before = null;
        String after = null;
        if (event instanceof PartnershipEvents.AccessChanged changed) {
            before = describe(changed.previous());
            after = describe(changed.access());
        } else if (event instanceof PartnershipEvents.PaymentModeChanged changed) {
            before = String.valueOf(changed.previous());
            after = String.valueOf(changed.paymentMode());
        } else if (event instanceof PartnershipEvents.AccessIncreaseRequested requested) {
            before = describe(requested.current());
            after = "requested " + describe(requested.requested());
        } else if (event instanceof PartnershipEvents.AccessIncreaseDeclined declined) {
            after = "declined " + describe(declined.requested());
        } else if (event instanceof PartnershipEvents.TerminationRequested requested) {
            before = "LIVE";
            after = "termination requested by " + requested.termination().requestedBy();
        } else if (event instanceof PartnershipEvents.Terminated terminated) {
            before = "LIVE";
            after = "ENDED by " + terminated.endedBy() + (terminated.reason() == null ? "" : ": " + terminated.reason());
        } else if (event instanceof InvitationEvents.Accepted accepted) {
            before = "PENDING";
            after = "ACCEPTED granting " + describe(accepted.grantedAccess());
        } else if (event instanceof InvitationEvents.Created || event instanceof PartnershipEvents.Started) {
            after = "PENDING".equals(stateAfter(event)) ? "PENDING" : "LIVE";
        } else {
            String state = stateAfter(event);
            before = state == null ? null : "PENDING";
            after = state;
        }
        return new AuditEntry(at, userId, organizationId, change, before, after);
    }

    private static String stateAfter(DomainEvent event) {
        if (event instanceof InvitationEvents.Created || event instanceof InvitationEvents.Resent) {
            return "PENDING";
        }
        if (event instanceof InvitationEvents.Declined || event instanceof InvitationEvents.Cancelled
                || event instanceof InvitationEvents.Expired) {
            return event.getClass().getSimpleName().toUpperCase(Locale.ROOT);
        }
        return null;
    }

    public static String describe(Access access) {
        if (access == null) {
            return null;
        }
        return access.isFull() ? "FULL, paid by " + access.paymentMode()
                : "LIMITED products=" + access.productIds().stream().sorted().toList()
                        + " categories=" + access.productCategories().stream().sorted().toList();
    }
}
