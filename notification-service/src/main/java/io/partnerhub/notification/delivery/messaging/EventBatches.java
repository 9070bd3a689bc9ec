package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.notification.delivery.CauseEnded;
import io.partnerhub.notification.delivery.application.EventEmails;
import io.partnerhub.notification.delivery.application.IntakeFailedException;
import io.partnerhub.notification.delivery.application.NotificationIntake;
import io.partnerhub.notification.delivery.application.PendingWithdrawals;
import io.partnerhub.notification.message.Message;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A polled batch of events into the intake: each record decoded into the emails it calls for, with
 * its own {@code traceparent} header (Spring Kafka does not observe batch listeners, so the trace
 * is read here), then all stored in one go. A record that cannot be read or mapped is named to the
 * kit's error handler by its index: the records before it are stored first, it goes to the DLT,
 * the ones after it come again.
 */
@Component
class EventBatches {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(EventBatches.class));

    private final NotificationIntake intake;
    private final PendingWithdrawals withdrawals;
    private final CauseEndings endings;

    EventBatches(NotificationIntake intake, PendingWithdrawals withdrawals, CauseEndings endings) {
        this.intake = intake;
        this.withdrawals = withdrawals;
        this.endings = endings;
    }

    /**
     * Stores the emails the batch's events call for; then withdraws, at once, the waiting emails
     * whose cause one of the stored events ended (a shortcut: the check before sending is the rule).
     */
    void accept(List<ConsumerRecord<String, SpecificRecord>> records, Function<SpecificRecord, List<Message>> mapping) {
        List<EventEmails> decoded = new ArrayList<>(records.size());
        List<List<CauseEnded>> ended = new ArrayList<>(records.size());
        RuntimeException poison = null;
        for (ConsumerRecord<String, SpecificRecord> record : records) {
            try {
                SpecificRecord event = valueOf(record);
                List<Message> messages = map(event, mapping);
                ended.add(map(event, endings::of));
                decoded.add(new EventEmails(messages, traceparent(record)));
            } catch (RuntimeException e) {
                poison = e;
                break;
            }
        }
        try {
            intake.acceptAll(decoded);
        } catch (IntakeFailedException e) {
            withdrawals.withdraw(flatten(ended.subList(0, e.event())));
            throw new BatchListenerFailedException(e.getMessage(), e, e.event());
        } catch (RuntimeException e) {
            // never fail a batch as a whole: the error handler would then dead-letter every record of it
            throw new BatchListenerFailedException(e.getMessage(), e, 0);
        }
        withdrawals.withdraw(flatten(ended));
        if (poison != null) {
            throw new BatchListenerFailedException(poison.getMessage(), poison, decoded.size());
        }
    }

    private static List<CauseEnded> flatten(List<List<CauseEnded>> perEvent) {
        return perEvent.stream().flatMap(List::stream).toList();
    }

    private static <T> List<T> map(SpecificRecord event, Function<SpecificRecord, List<T>> mapping) {
        try {
            return mapping.apply(event);
        } catch (RuntimeException e) {
            throw new PoisonEventException("cannot map " + event.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static SpecificRecord valueOf(ConsumerRecord<String, SpecificRecord> record) {
        SpecificRecord event = record.value();
        if (event == null) {
            DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            if (unreadable != null) {
                throw unreadable;
            }
            throw new PoisonEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no value");
        }
        return event;
    }

    /** The producer's span as the email's parent: the same trace id the record listener's span had. */
    private static String traceparent(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TraceParent.HEADER);
        String value = header == null || header.value() == null
                ? null : new String(header.value(), StandardCharsets.UTF_8);
        return TraceParent.traceId(value) == null ? null : value;
    }
}
