package io.partnerhub.notification.delivery.application;

import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.mail.EmailRenderer;
import io.partnerhub.notification.delivery.messaging.DeliveryEvents;
import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import io.partnerhub.notification.delivery.scheduling.SenderJob;
import io.partnerhub.notification.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Accepts the emails events call for, exactly once: each is written (or refused with a reason),
 * then stored under its idempotency key before anything is sent. A key seen before means a
 * redelivered event: nothing new is stored or sent. A batch of events is stored with one
 * unordered bulk insert.
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

    /** One event's emails, in the current trace. Returns how many of the messages were new. */
    public int accept(List<Message> messages) {
        return acceptAll(List.of(new EventEmails(messages, TraceParent.current())));
    }

    /**
     * The emails of a batch of events. Returns how many were new.
     *
     * @throws IntakeFailedException naming the first event whose emails are not all stored
     */
    public int acceptAll(List<EventEmails> batch) {
        long start = System.nanoTime();
        List<Delivery> written = new ArrayList<>();
        List<Integer> eventOf = new ArrayList<>();
        for (int event = 0; event < batch.size(); event++) {
            for (Message message : batch.get(event).messages()) {
                written.add(write(message, batch.get(event).traceparent()));
                eventOf.add(event);
            }
        }
        timers.rendered(start);
        long storing = System.nanoTime();
        List<Boolean> isNew;
        try {
            isNew = store.insertAllNew(written, written.stream().map(events::after).toList());
        } catch (DeliveryStore.InsertFailedException e) {
            // what was stored before the failure still goes out
            senderJob.wake();
            relay.wake();
            throw new IntakeFailedException(eventOf.get(e.document()), e.getCause());
        } catch (RuntimeException e) {
            throw new IntakeFailedException(0, e);
        } finally {
            timers.stored(storing);
        }
        int accepted = 0;
        for (int i = 0; i < written.size(); i++) {
            if (isNew.get(i)) {
                accepted++;
                refused(written.get(i));
            }
        }
        if (accepted > 0) {
            senderJob.wake();
        }
        timers.accepted(start);
        log.debug("Accepted {} new of {} emails from {} events in {} µs (rendering {} µs)", accepted, written.size(),
                batch.size(), (System.nanoTime() - start) / 1000, (storing - start) / 1000);
        return accepted;
    }

    private void refused(Delivery delivery) {
        if (delivery.status() == DeliveryStatus.FAILED) {
            log.warn("Email {} for event {} (correlation id {}) refused: {}", delivery.source().kind(),
                    delivery.source().eventId(), delivery.source().correlationId(),
                    delivery.failureReason().orElse(""));
            relay.wake();
        }
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
