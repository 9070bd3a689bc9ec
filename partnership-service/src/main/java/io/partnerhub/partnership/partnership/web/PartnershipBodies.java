package io.partnerhub.partnership.partnership.web;

import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipState;
import io.partnerhub.partnership.partnership.PaymentMode;
import io.partnerhub.partnership.partnership.PendingTermination;
import io.partnerhub.partnership.shared.Side;
import io.partnerhub.partnership.web.AccessBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request and response bodies of the partnership API. */
public final class PartnershipBodies {

    private PartnershipBodies() {
    }

    public record AccessRequest(@NotNull @Valid AccessBody access) {
    }

    public record PaymentModeRequest(@NotNull PaymentMode paymentMode) {
    }

    /** Approving a request for full access: the customer's payment mode (default: the customer's own). */
    public record ApprovalRequest(PaymentMode paymentMode) {
    }

    public record TerminationRequest(@Size(max = 1000) String reason) {
    }

    public record TerminationResponse(String confirmationId, Instant confirmBefore, String whatHappens,
                                      String confirmWith) {

        public static TerminationResponse of(Partnership partnership, PendingTermination pending) {
            return new TerminationResponse(pending.confirmationId(), pending.confirmBefore(),
                    "The partnership between " + partnership.customer().name() + " and " + partnership.partner().name()
                            + " ends: the partner loses all access to the customer's products at once, the other"
                            + " side is told by email. Confirm with a fresh sign-in (at most 5 minutes old).",
                    "POST /partnerships/" + partnership.id() + "/termination-requests/" + pending.confirmationId()
                            + "/confirm");
        }
    }

    public record PartnershipResponse(String partnershipId, PartnershipState state, String partnerId,
                                      String partnerName, String customerId, String customerName,
                                      AccessBody requestedAccess, AccessBody access, AccessBody pendingAccessIncrease,
                                      Instant startedAt, Instant endedAt, Side endedBy) {

        public static PartnershipResponse of(Partnership p) {
            return new PartnershipResponse(p.id(), p.state(), p.partner().organizationId(), p.partner().name(),
                    p.customer().organizationId(), p.customer().name(), AccessBody.of(p.requestedAccess()),
                    AccessBody.of(p.access()),
                    p.pendingIncrease() == null ? null : AccessBody.of(p.pendingIncrease().requested()),
                    p.startedAt(), p.endedAt(), p.endedBy());
        }
    }
}
