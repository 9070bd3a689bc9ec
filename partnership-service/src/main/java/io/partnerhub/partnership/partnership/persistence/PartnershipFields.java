package io.partnerhub.partnership.partnership.persistence;

import io.partnerhub.partnership.partnership.AccessIncreaseRequest;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipSnapshot;
import io.partnerhub.partnership.partnership.PartnershipState;
import io.partnerhub.partnership.partnership.PendingTermination;
import io.partnerhub.partnership.persistence.AccessFields;
import io.partnerhub.partnership.persistence.PartyFields;
import io.partnerhub.partnership.shared.Side;

import java.time.Instant;

/**
 * The partnership as stored in its document's {@code partnership} field. The names here are the
 * stored schema; the aggregate is mapped through its {@link PartnershipSnapshot}, never by its fields.
 */
public record PartnershipFields(String id, PartyFields partner, PartyFields customer, String invitationId,
                                AccessFields requestedAccess, AccessFields access, PartnershipState state,
                                IncreaseFields pendingIncrease, TerminationFields pendingTermination,
                                Instant startedAt, Instant endedAt, Side endedBy, long revision) {

    /** The partner's open request for more access. */
    public record IncreaseFields(AccessFields requested, String requestedByUserId, Instant requestedAt) {

        static IncreaseFields from(AccessIncreaseRequest request) {
            return request == null ? null : new IncreaseFields(AccessFields.from(request.requested()),
                    request.requestedByUserId(), request.requestedAt());
        }

        static AccessIncreaseRequest toRequest(IncreaseFields fields) {
            return fields == null ? null : new AccessIncreaseRequest(AccessFields.toAccess(fields.requested),
                    fields.requestedByUserId, fields.requestedAt);
        }
    }

    /** Step 1 of ending it, waiting for its confirmation. */
    public record TerminationFields(String confirmationId, Side requestedBy, String requestedByUserId, String reason,
                                    Instant requestedAt, Instant confirmBefore) {

        static TerminationFields from(PendingTermination pending) {
            return pending == null ? null : new TerminationFields(pending.confirmationId(), pending.requestedBy(),
                    pending.requestedByUserId(), pending.reason(), pending.requestedAt(), pending.confirmBefore());
        }

        static PendingTermination toPending(TerminationFields fields) {
            return fields == null ? null : new PendingTermination(fields.confirmationId, fields.requestedBy,
                    fields.requestedByUserId, fields.reason, fields.requestedAt, fields.confirmBefore);
        }
    }

    public static PartnershipFields from(Partnership partnership) {
        PartnershipSnapshot s = partnership.snapshot();
        return new PartnershipFields(s.id(), PartyFields.from(s.partner()), PartyFields.from(s.customer()),
                s.invitationId(), AccessFields.from(s.requestedAccess()), AccessFields.from(s.access()), s.state(),
                IncreaseFields.from(s.pendingIncrease()), TerminationFields.from(s.pendingTermination()),
                s.startedAt(), s.endedAt(), s.endedBy(), s.revision());
    }

    public Partnership toPartnership() {
        return Partnership.restore(new PartnershipSnapshot(id, partner.toParty(), customer.toParty(), invitationId,
                AccessFields.toAccess(requestedAccess), AccessFields.toAccess(access), state,
                IncreaseFields.toRequest(pendingIncrease), TerminationFields.toPending(pendingTermination),
                startedAt, endedAt, endedBy, revision));
    }
}
