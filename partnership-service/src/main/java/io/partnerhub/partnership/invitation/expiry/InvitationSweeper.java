package io.partnerhub.partnership.invitation.expiry;

import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.application.InvitationMessages;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.application.PartnershipOpening;
import io.partnerhub.partnership.storage.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * The invitation deadlines, swept on a schedule. Deadlines are stored, so a restart loses none.
 * Each due invitation is claimed by one guarded write (still pending, still due, same version):
 * when several instances sweep at once, exactly one wins each invitation and the others skip it.
 * Also finishes acceptances whose partnership a crash left unwritten.
 */
@Component
public class InvitationSweeper {

    private static final Logger log = LoggerFactory.getLogger(InvitationSweeper.class);
    private static final int BATCH = 200;

    private final InvitationStore invitations;
    private final InvitationMessages messages;
    private final PartnershipOpening opening;
    private final Clock clock;

    public InvitationSweeper(InvitationStore invitations, InvitationMessages messages, PartnershipOpening opening,
                             Clock clock) {
        this.invitations = invitations;
        this.messages = messages;
        this.opening = opening;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${partnerhub.invitations.sweep-interval:PT30S}",
            initialDelayString = "${partnerhub.invitations.sweep-initial-delay:PT5S}")
    public void sweep() {
        Result result = sweepOnce();
        if (result.expired() + result.reminded() > 0) {
            log.info("Invitation sweep: {} expired, {} reminded", result.expired(), result.reminded());
        }
    }

    /** One pass; answers how many invitations this instance expired and reminded. */
    public Result sweepOnce() {
        Instant now = clock.instant();
        int expired = 0;
        for (Versioned<Invitation> due : invitations.dueForExpiry(now, BATCH)) {
            Invitation invitation = due.aggregate();
            var event = invitation.expire(now);
            if (event.isPresent() && invitations.claim(due, Criteria.where("expiresAt").lte(now),
                    messages.of(invitation, null, event.get()))) {
                expired++;
            }
        }
        int reminded = 0;
        for (Versioned<Invitation> due : invitations.dueForReminder(now, BATCH)) {
            Invitation invitation = due.aggregate();
            var event = invitation.remindIfDue(now);
            if (event.isPresent() && invitations.claim(due, Criteria.where("nextReminderAt").lte(now),
                    messages.of(invitation, null, event.get()))) {
                reminded++;
            }
        }
        for (Versioned<Invitation> accepted : invitations.acceptedWithoutPartnership(BATCH)) {
            if (accepted.aggregate().closedAt().isBefore(now.minusSeconds(60))) {
                opening.open(accepted.aggregate(), null);
                invitations.partnershipWritten(accepted.aggregate().id());
            }
        }
        return new Result(expired, reminded);
    }

    public record Result(int expired, int reminded) {
    }
}
