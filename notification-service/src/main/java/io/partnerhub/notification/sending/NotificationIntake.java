package io.partnerhub.notification.sending;

import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.template.EmailRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Accepts the emails an event calls for, exactly once: each is written (or refused with a
 * reason), then stored under its idempotency key before anything is sent. A key seen before
 * means a redelivered event: nothing new is stored or sent.
 */
@Service
public class NotificationIntake {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

    private final EmailRenderer renderer;
    private final DeliveryStore store;
    private final DeliveryEvents events;
    private final SenderJob senderJob;
    private final OutboxRelay relay;
    private final Clock clock;
    private final IntakeTimers timers;

    NotificationIntake(EmailRenderer renderer, DeliveryStore store, DeliveryEvents events, SenderJob senderJob,
                       OutboxRelay relay, Clock clock, IntakeTimers timers) {
        this.renderer = renderer;
        this.store = store;
        this.events = events;
        this.senderJob = senderJob;
        this.relay = relay;
        this.clock = clock;
        this.timers = timers;
    }

    /** Returns how many of the messages were new. */
    public int accept(List<Message> messages) {
        long start = System.nanoTime();
        int accepted = 0;
        String traceparent = TraceParent.current();
        for (Message message : messages) {
            long rendering = System.nanoTime();
            Delivery delivery = write(message, traceparent);
            timers.rendered(rendering);
            long storing = System.nanoTime();
            boolean isNew = store.insertIfNew(delivery, events.after(delivery));
            timers.stored(storing);
            if (isNew) {
                accepted++;
                if (delivery.status() == DeliveryStatus.FAILED) {
                    log.warn("Email {} for event {} refused: {}", message.kind(), message.sourceEventId(),
                            delivery.failureReason().orElse(""));
                    relay.wake();
                }
            }
        }
        if (accepted > 0) {
            senderJob.wake();
        }
        timers.accepted(start);
        return accepted;
    }

    private Delivery write(Message message, String traceparent) {
        List<String> problems = message.problems();
        if (!problems.isEmpty()) {
            return Delivery.reject(message, String.join("; ", problems), clock.instant(), traceparent);
        }
        try {
            return Delivery.accept(message, renderer.render(message), clock.instant(), traceparent);
        } catch (RuntimeException e) {
            return Delivery.reject(message, "template could not be written: " + e.getMessage(), clock.instant(),
                    traceparent);
        }
    }
}
