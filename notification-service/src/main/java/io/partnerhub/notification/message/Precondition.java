package io.partnerhub.notification.message;

import java.util.Objects;

/**
 * What must still hold when an email is handed to SMTP for it to be worth sending: a state another
 * service owns, which may change between the event that called for the email and its sending. The
 * sender asks that owner right before sending; an email whose precondition no longer holds is
 * withdrawn, not sent. Emails without one depend on nothing that can be taken back.
 */
public sealed interface Precondition {

    /** The service that decides whether it still holds. */
    Owner owner();

    /** How the delivery log names it (never a secret). */
    String describe();

    enum Owner {
        /** tender-service: tender requests and their validity. */
        TENDERS,
        /** partnership-service: invitations and their single-use links. */
        PARTNERSHIPS
    }

    /** A tender excerpt (R28): the request must still be open — not cancelled, not expired. */
    record TenderOpen(String tenderId) implements Precondition {

        public TenderOpen {
            Objects.requireNonNull(tenderId, "tenderId");
        }

        @Override
        public Owner owner() {
            return Owner.TENDERS;
        }

        @Override
        public String describe() {
            return "tender " + tenderId + " is open";
        }
    }

    /**
     * An invitation email with an accept/decline link (R9, R10): that link must still be live — the
     * invitation neither answered, cancelled nor expired, and not resent with a newer link since.
     * {@code tokenHash} is the hex SHA-256 of the link's secret, as the owner stores it.
     */
    record InvitationLinkLive(String invitationId, String tokenHash) implements Precondition {

        public InvitationLinkLive {
            Objects.requireNonNull(invitationId, "invitationId");
            Objects.requireNonNull(tokenHash, "tokenHash");
        }

        @Override
        public Owner owner() {
            return Owner.PARTNERSHIPS;
        }

        @Override
        public String describe() {
            return "the link of invitation " + invitationId + " is live";
        }
    }
}
