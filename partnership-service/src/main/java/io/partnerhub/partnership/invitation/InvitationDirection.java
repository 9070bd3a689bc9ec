package io.partnerhub.partnership.invitation;

import io.partnerhub.partnership.shared.Side;

/** R9: a partner adds a customer; R10: a customer asks a partner. */
public enum InvitationDirection {
    PARTNER_TO_CUSTOMER(Side.PARTNER), CUSTOMER_TO_PARTNER(Side.CUSTOMER);

    private final Side sender;

    InvitationDirection(Side sender) {
        this.sender = sender;
    }

    public Side sender() {
        return sender;
    }

    public Side invitee() {
        return sender.other();
    }
}
