package io.partnerhub.partnership.invitation;

import java.time.Instant;

/** Pending until the invitee answers, the sender cancels, or the deadline passes. */
public enum InvitationState {
    PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED;

    /**
     * The state as of {@code now} of an invitation stored in this state with this deadline: a pending
     * invitation whose deadline has passed is expired, even before the sweeper has marked it so.
     */
    public InvitationState asOf(Instant expiresAt, Instant now) {
        return this == PENDING && !now.isBefore(expiresAt) ? EXPIRED : this;
    }
}
