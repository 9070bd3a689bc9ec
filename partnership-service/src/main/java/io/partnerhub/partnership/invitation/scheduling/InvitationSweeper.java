package io.partnerhub.partnership.invitation.scheduling;

import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.SweepDue;
import io.partnerhub.partnership.invitation.application.InvitationDurations;
import io.partnerhub.partnership.invitation.application.InvitationMessages;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.application.PartnershipOpening;
import io.partnerhub.partnership.persistence.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final InvitationDurations durations;
    private final Clock clock;

    public InvitationSweeper(InvitationStore invitations, InvitationMessages messages, PartnershipOpening opening,
                             InvitationDurations durations, Clock clock) {
        this.durations = durations;
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
        SweepDue due = SweepDue.at(now);
        int expired = 0;
        for (Versioned<Invitation> candidate : invitations.dueForExpiry(due, BATCH)) {
            expired += safely(candidate, () -> expire(candidate, due));
        }
        int reminded = 0;
        for (Versioned<Invitation> candidate : invitations.dueForReminder(due, BATCH)) {
            reminded += safely(candidate, () -> remind(candidate, due));
        }
        for (Versioned<Invitation> accepted : invitations.acceptedWithoutPartnership(BATCH)) {
            if (accepted.aggregate().closedAt().isBefore(now.minusSeconds(60))) {
                safely(accepted, () -> {
                    opening.open(accepted.aggregate(), null);
                    invitations.partnershipWritten(accepted.aggregate().id());
                    return 1;
                });
            }
        }
        return new Result(expired, reminded);
    }

    private int expire(Versioned<Invitation> candidate, SweepDue due) {
        Invitation invitation = candidate.aggregate();
        var event = invitation.expire(due.notAfter());
        if (event.isEmpty() || !invitations.claimExpiry(candidate, due, messages.of(invitation, null, event.get()))) {
            return 0;
        }
        durations.ended(invitation);
        return 1;
    }

    private int remind(Versioned<Invitation> candidate, SweepDue due) {
        Invitation invitation = candidate.aggregate();
        var event = invitation.remindIfDue(due.notAfter());
        return event.isPresent() && invitations.claimReminder(candidate, due,
                messages.of(invitation, null, event.get())) ? 1 : 0;
    }

    /** One invitation that cannot be handled is logged and retried next pass; the others go on. */
    private static int safely(Versioned<Invitation> item, java.util.function.IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (RuntimeException e) {
            log.warn("Invitation {} not swept this time: {}", item.aggregate().id(), e.toString());
            return 0;
        }
    }

    public record Result(int expired, int reminded) {
    }
}
