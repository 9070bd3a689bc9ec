package io.partnerhub.notification.delivery.scheduling;

import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.notification.config.NotificationProperties;
import io.partnerhub.notification.delivery.Chunks;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.RetrySchedule;
import io.partnerhub.notification.delivery.SendHold;
import io.partnerhub.notification.delivery.SmtpReply;
import io.partnerhub.notification.delivery.Verdict;
import io.partnerhub.notification.delivery.Verdicts;
import io.partnerhub.notification.delivery.application.DeliveryMetrics;
import io.partnerhub.notification.delivery.client.ValidityChecks;
import io.partnerhub.notification.delivery.mail.EmailComposer;
import io.partnerhub.notification.delivery.mail.SmtpConnection;
import io.partnerhub.notification.delivery.mail.SmtpMailGateway;
import io.partnerhub.notification.delivery.messaging.DeliveryEvents;
import io.partnerhub.notification.delivery.persistence.DeliveryStore.ClaimedDelivery;
import io.partnerhub.notification.delivery.persistence.DeliveryStore.Outcome;
import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import io.partnerhub.notification.message.Precondition;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sending round: claim due emails, then chunk by chunk — ask the owners whether the chunk's
 * emails are still valid, withdraw those that are not, postpone those nobody could answer for, and
 * hand the rest to SMTP over the round's one connection, then record the chunk's outcomes (sent,
 * retry later, failed, withdrawn, postponed) with their status events in one bulk write and wake
 * the outbox relay. A chunk holds at most {@code checks.chunk-size} emails that need a check, so an
 * answer "still open" lets at most that many excerpts out after a tender's cancellation. Invitation
 * links are held while their emails are handed to SMTP ({@link SendHold}), so none goes out after
 * the invitation's cancel or resend answered.
 */
@Component
public class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryStore store;
    private final SmtpMailGateway gateway;
    private final EmailComposer composer;
    private final DeliveryEvents events;
    private final OutboxRelay relay;
    private final RetrySchedule schedule;
    private final NotificationProperties.Sender settings;
    private final NotificationProperties.Checks checkSettings;
    private final ValidityChecks checks;
    private final DeliveryMetrics metrics;
    private final Duration longestSend;
    private final ClaimRenewals renewals;
    private final Clock clock;

    DeliverySender(DeliveryStore store, SmtpMailGateway gateway, EmailComposer composer, DeliveryEvents events,
                   OutboxRelay relay, RetrySchedule schedule, NotificationProperties properties, ValidityChecks checks,
                   DeliveryMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.gateway = gateway;
        this.composer = composer;
        this.events = events;
        this.relay = relay;
        this.schedule = schedule;
        this.settings = properties.sender();
        this.checkSettings = properties.checks();
        this.checks = checks;
        this.longestSend = gateway.longestSend();
        SendHold.requireRoomToSend(checkSettings.sendHold(), longestSend);
        this.clock = clock;
        this.renewals = new ClaimRenewals(store, settings.lease(), clock);
    }

    /** Sends one batch of due emails; returns how many were claimed (0: nothing is due). */
    public int sendDueBatch() {
        long start = System.nanoTime();
        Instant claimedAt = clock.instant();
        List<ClaimedDelivery> claimed = store.claimDue(claimedAt, settings.lease(), settings.batchSize());
        if (claimed.isEmpty()) {
            return 0;
        }
        Round round = new Round(claimed.size());
        try (ClaimRenewals.Held lease = renewals.hold(claimed, claimedAt); SmtpConnection smtp = gateway.connection()) {
            for (List<ClaimedDelivery> chunk : Chunks.of(claimed, c -> c.delivery().precondition().isPresent(),
                    checkSettings.chunkSize())) {
                if (!lease.holds()) {
                    log.warn("The claim on this round's emails could not be renewed; the rest of its {} emails "
                            + "are left to the sender that claims them when the lease ends", claimed.size());
                    break;
                }
                sendChunk(chunk, smtp, round);
                recordSoFar(round);
            }
        } finally {
            // what went out before a failure is recorded all the same; the rest stays claimed until its lease ends
            recordSoFar(round);
            metrics.withdrawn("check", round.withdrawn);
            metrics.postponed(round.postponed);
        }
        if (log.isDebugEnabled()) {
            log.debug("Batch of {}: {} chunks, {} attempted, {} withdrawn, {} postponed; {} ms (checks {} ms, SMTP {} ms,"
                            + " record {} ms)", claimed.size(), round.chunks, round.attempted, round.withdrawn,
                    round.postponed, (System.nanoTime() - start) / 1_000_000, round.checkNanos / 1_000_000,
                    round.smtpNanos / 1_000_000, round.recordNanos / 1_000_000);
        }
        return claimed.size();
    }

    /**
     * Records the outcomes of the chunks sent since the last call, so that a sender that dies in the
     * middle of a round leaves at most one chunk handed to SMTP and unrecorded (sent again after
     * the lease), not the whole round.
     */
    private void recordSoFar(Round round) {
        if (round.outcomes.isEmpty()) {
            return;
        }
        long recording = System.nanoTime();
        store.record(round.outcomes);
        round.outcomes.clear();
        round.recordNanos += System.nanoTime() - recording;
        relay.wake();
    }

    private void sendChunk(List<ClaimedDelivery> chunk, SmtpConnection smtp, Round round) {
        round.chunks++;
        SendHold hold = new SendHold(checkSettings.sendHold(), longestSend);
        try {
            long checking = System.nanoTime();
            Verdicts verdicts = checks.check(chunk.stream().map(ClaimedDelivery::delivery).toList(),
                    round.silentOwners, hold);
            round.checkNanos += System.nanoTime() - checking;
            List<ClaimedDelivery> cleared = cleared(chunk, verdicts, round);
            if (!cleared.isEmpty()) {
                send(cleared, hold, smtp, round);
            }
        } finally {
            checks.release(hold);
        }
    }

    private List<ClaimedDelivery> cleared(List<ClaimedDelivery> chunk, Verdicts verdicts, Round round) {
        Instant checkedAt = clock.instant();
        List<ClaimedDelivery> cleared = new ArrayList<>(chunk.size());
        for (ClaimedDelivery claimed : chunk) {
            Delivery delivery = claimed.delivery();
            Verdict verdict = verdicts.of(delivery.precondition().orElse(null));
            switch (verdict.kind()) {
                case CLEARED -> {
                    if (delivery.precondition().isPresent()) {
                        delivery.clear(checkedAt);
                    }
                    cleared.add(claimed);
                }
                case WITHDRAWN -> {
                    delivery.withdraw(verdict.reason(), checkedAt);
                    round.notAttempted(claimed);
                    round.withdrawn++;
                }
                case UNKNOWN -> {
                    delivery.postpone(checkedAt.plus(recheckDelay()));
                    round.notAttempted(claimed);
                    round.postponed++;
                }
            }
        }
        return cleared;
    }

    /**
     * Hands the cleared emails to SMTP. One whose invitation link is held starts only while the hold
     * leaves time for it; the others are due again at once and checked anew.
     */
    private void send(List<ClaimedDelivery> cleared, SendHold hold, SmtpConnection smtp, Round round) {
        List<MimeMessage> messages = new ArrayList<>(cleared.size());
        Set<MimeMessage> held = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ClaimedDelivery claimed : cleared) {
            MimeMessage message = composer.compose(claimed.delivery(), gateway.newMessage());
            messages.add(message);
            if (claimed.delivery().precondition().filter(Precondition.InvitationLinkLive.class::isInstance)
                    .isPresent()) {
                held.add(message);
            }
        }
        long sending = System.nanoTime();
        Map<MimeMessage, SmtpReply> replies = smtp.send(messages,
                message -> !held.contains(message) || hold.leavesTimeToSend());
        round.smtpNanos += System.nanoTime() - sending;
        Instant now = clock.instant();
        for (int i = 0; i < cleared.size(); i++) {
            Delivery delivery = cleared.get(i).delivery();
            SmtpReply reply = replies.get(messages.get(i));
            if (reply == null) {
                delivery.postpone(now);
                round.notAttempted(cleared.get(i));
                round.postponed++;
                continue;
            }
            delivery.recordAttempt(reply, now, schedule);
            round.outcomes.add(Outcome.attempted(cleared.get(i), events.after(delivery)));
            metrics.attempted(delivery);
            round.attempted++;
        }
    }

    private Duration recheckDelay() {
        return checkSettings.recheckDelay();
    }

    public int batchSize() {
        return settings.batchSize();
    }

    @PreDestroy
    void stopRenewing() {
        renewals.close();
    }

    /** What one round did, for the bulk write, the metrics and the debug log. */
    private static final class Round {

        /** Outcomes of the chunks not recorded yet. */
        final List<Outcome> outcomes;
        /** Owners that did not answer in this round: not asked again until the next one. */
        final Set<Precondition.Owner> silentOwners = EnumSet.noneOf(Precondition.Owner.class);
        int chunks;
        int attempted;
        long withdrawn;
        long postponed;
        long checkNanos;
        long smtpNanos;
        long recordNanos;

        Round(int size) {
            outcomes = new ArrayList<>(size);
        }

        void notAttempted(ClaimedDelivery claimed) {
            outcomes.add(Outcome.notAttempted(claimed));
        }
    }
}
