package io.partnerhub.partnership.invitation;

import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.shared.Party;

import java.time.Instant;
import java.util.List;

/**
 * Everything an invitation holds, as plain values: what {@link Invitation#snapshot()} answers and
 * {@link Invitation#restore} starts from, so storage maps these and never the aggregate's fields.
 *
 * @param reminderTimes the reminders still to come, earliest first
 */
public record InvitationSnapshot(String id, InvitationDirection direction, Party partner, Party customer,
                                 Access requestedAccess, Access grantedAccess, String senderUserId,
                                 InvitationState state, Instant createdAt, Instant expiresAt,
                                 List<Instant> reminderTimes, String tokenHash, String partnershipId,
                                 Instant closedAt, long revision) {

    public InvitationSnapshot {
        reminderTimes = List.copyOf(reminderTimes == null ? List.of() : reminderTimes);
    }
}
