package io.partnerhub.partnership.partnership;

import io.partnerhub.partnership.shared.Party;
import io.partnerhub.partnership.shared.Side;

import java.time.Instant;

/**
 * Everything a partnership holds, as plain values: what {@link Partnership#snapshot()} answers and
 * {@link Partnership#restore} starts from, so storage maps these and never the aggregate's fields.
 */
public record PartnershipSnapshot(String id, Party partner, Party customer, String invitationId,
                                  Access requestedAccess, Access access, PartnershipState state,
                                  AccessIncreaseRequest pendingIncrease, PendingTermination pendingTermination,
                                  Instant startedAt, Instant endedAt, Side endedBy, long revision) {
}
