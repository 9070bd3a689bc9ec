package io.partnerhub.partnership.invitation;

import io.partnerhub.partnership.shared.RuleViolation;

/** The invitation can no longer be answered, resent or cancelled: it is not pending any more. */
public class InvitationClosed extends RuleViolation {

    private final InvitationState state;

    public InvitationClosed(InvitationState state) {
        super("the invitation is " + state.name().toLowerCase(java.util.Locale.ROOT) + ", no longer pending");
        this.state = state;
    }

    public InvitationState state() {
        return state;
    }
}
