package io.partnerhub.notification.delivery;

/**
 * An event saying that the cause of some pending emails no longer holds. Consumed as a shortcut:
 * the matching emails still waiting are withdrawn at once, in one bulk update, which saves asking
 * their owner. The check right before sending stays the guarantee.
 */
public sealed interface CauseEnded {

    /** Why the matching emails are withdrawn, as the delivery log shows it. */
    String reason();

    /** {@code TenderCancelled}, {@code TenderExpired} or {@code TenderWithdrawn}: its excerpts are void. */
    record TenderClosed(String tenderId, String eventType) implements CauseEnded {

        @Override
        public String reason() {
            return "tender cancelled or expired before the excerpt was sent (" + eventType + ")";
        }
    }

    /** The invitation was answered, cancelled or expired: none of its links works any more. */
    record InvitationClosed(String invitationId, String eventType) implements CauseEnded {

        @Override
        public String reason() {
            return "invitation link no longer live before the email was sent (" + eventType + ")";
        }
    }

    /** The invitation was resent: only the link with {@code liveTokenHash} works; older ones are dead. */
    record InvitationRelinked(String invitationId, String liveTokenHash) implements CauseEnded {

        @Override
        public String reason() {
            return "invitation link no longer live before the email was sent (InvitationResent replaced it)";
        }
    }
}
