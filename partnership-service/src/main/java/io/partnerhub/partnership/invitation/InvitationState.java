package io.partnerhub.partnership.invitation;

/** Pending until the invitee answers, the sender cancels, or the deadline passes. */
public enum InvitationState {
    PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
