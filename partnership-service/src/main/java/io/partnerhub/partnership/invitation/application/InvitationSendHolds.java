package io.partnerhub.partnership.invitation.application;

import io.partnerhub.partnership.invitation.persistence.SendHoldStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * Closes the gap between "this link is live" and the mail server accepting the email. A sender
 * (notification-service) asks for a hold with its link check; the hold is taken <em>before</em> the
 * invitations are read. A cancel or resend writes the invitation first and then waits for the
 * holds on it to be released or to expire. Either the check ran after the write (and saw the link
 * dead), or the change sees the hold and answers only once that email has been accepted: no email
 * with a link that was dead when the change answered reaches the mail server afterwards.
 */
@Service
public class InvitationSendHolds {

    /** The longest hold a sender may ask for, and so the longest a cancel or resend can wait. */
    public static final Duration LONGEST = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(InvitationSendHolds.class);
    private static final long POLL_MILLIS = 10;

    private final SendHoldStore holds;
    private final Clock clock;

    public InvitationSendHolds(SendHoldStore holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
    }

    void take(String holder, Collection<String> invitationIds, Duration duration) {
        holds.take(holder, invitationIds, clock.instant().plus(duration));
    }

    void release(String holder, Collection<String> invitationIds) {
        if (!invitationIds.isEmpty()) {
            holds.release(holder, invitationIds);
        }
    }

    /** The sender is done: its emails were accepted or refused by the mail server. */
    public void releaseAll(String holder) {
        holds.releaseAll(holder);
    }

    /**
     * Returns once no sender holds the invitation: released, or expired on this service's clock. The
     * wait is bounded in real time by {@link #LONGEST} too, so a clock that does not move (tests)
     * cannot keep a request forever.
     */
    void awaitReleased(String invitationId) {
        long giveUpAt = System.nanoTime() + LONGEST.toNanos();
        long start = System.nanoTime();
        while (holds.anyActive(invitationId, clock.instant())) {
            if (System.nanoTime() > giveUpAt) {
                log.warn("Invitation {} is still held for sending after {}; answering without waiting longer",
                        invitationId, LONGEST);
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (waited > 0) {
            log.debug("Invitation {} waited {} ms for an email being handed to the mail server", invitationId, waited);
        }
    }
}
