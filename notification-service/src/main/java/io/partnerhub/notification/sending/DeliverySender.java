package io.partnerhub.notification.sending;

import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.notification.NotificationProperties;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.RetrySchedule;
import io.partnerhub.notification.delivery.SmtpReply;
import io.partnerhub.notification.sending.DeliveryStore.ClaimedDelivery;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sending round: claim due emails, send them over one SMTP connection, record each reply
 * (sent, retry later, failed) with its status event in one bulk write, and wake the outbox relay.
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
    private final DeliveryMetrics metrics;
    private final Clock clock;

    DeliverySender(DeliveryStore store, SmtpMailGateway gateway, EmailComposer composer, DeliveryEvents events,
                   OutboxRelay relay, RetrySchedule schedule, NotificationProperties properties,
                   DeliveryMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.gateway = gateway;
        this.composer = composer;
        this.events = events;
        this.relay = relay;
        this.schedule = schedule;
        this.settings = properties.sender();
        this.clock = clock;
    }

    /** Sends one batch of due emails; returns how many were attempted (0: nothing is due). */
    public int sendDueBatch() {
        long start = System.nanoTime();
        List<ClaimedDelivery> claimed = store.claimDue(clock.instant(), settings.lease(), settings.batchSize());
        if (claimed.isEmpty()) {
            return 0;
        }
        List<MimeMessage> messages = new ArrayList<>(claimed.size());
        for (ClaimedDelivery delivery : claimed) {
            messages.add(composer.compose(delivery.delivery(), gateway.newMessage()));
        }
        long composed = System.nanoTime();
        Map<MimeMessage, SmtpReply> replies = gateway.send(messages);
        long smtp = System.nanoTime();
        Instant now = clock.instant();
        List<List<OutboxMessage>> statusEvents = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            Delivery delivery = claimed.get(i).delivery();
            delivery.recordAttempt(replies.get(messages.get(i)), now, schedule);
            statusEvents.add(events.after(delivery));
        }
        store.recordAttempts(claimed, statusEvents);
        claimed.forEach(delivery -> metrics.attempted(delivery.delivery()));
        relay.wake();
        if (log.isDebugEnabled()) {
            log.debug("Sent batch of {}: claim+compose {} ms, SMTP {} ms, record {} ms", claimed.size(),
                    (composed - start) / 1_000_000, (smtp - composed) / 1_000_000, (System.nanoTime() - smtp) / 1_000_000);
        }
        return claimed.size();
    }

    public int batchSize() {
        return settings.batchSize();
    }
}
