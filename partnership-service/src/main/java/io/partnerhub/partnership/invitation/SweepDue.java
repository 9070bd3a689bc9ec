package io.partnerhub.partnership.invitation;

import java.time.Instant;

/**
 * When the sweeper has work on an invitation, as data: the invitation is still in {@code state}
 * (pending) and the time in question (its deadline, or its next reminder) is at or before
 * {@code notAfter}. {@link Invitation#expire} and {@link Invitation#remindIfDue} decide by it; the
 * store builds its queries and claim guards from the same two values, so the two cannot drift apart.
 */
public record SweepDue(InvitationState state, Instant notAfter) {

    /** Due at {@code now}. */
    public static SweepDue at(Instant now) {
        return new SweepDue(InvitationState.PENDING, now);
    }

    public boolean matches(InvitationState current, Instant time) {
        return current == state && time != null && !time.isAfter(notAfter);
    }
}
