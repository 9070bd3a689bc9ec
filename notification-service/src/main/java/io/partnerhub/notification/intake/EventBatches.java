package io.partnerhub.notification.intake;

import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.sending.EventEmails;
import io.partnerhub.notification.sending.IntakeFailedException;
import io.partnerhub.notification.sending.NotificationIntake;
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

    EventBatches(NotificationIntake intake) {
        this.intake = intake;
    }

    void accept(List<ConsumerRecord<String, SpecificRecord>> records, Function<SpecificRecord, List<Message>> mapping) {
        List<EventEmails> decoded = new ArrayList<>(records.size());
        RuntimeException poison = null;
        for (ConsumerRecord<String, SpecificRecord> record : records) {
            try {
                decoded.add(new EventEmails(decode(record, mapping), traceparent(record)));
            } catch (RuntimeException e) {
                poison = e;
                break;
            }
        }
        try {
            intake.acceptAll(decoded);
        } catch (IntakeFailedException e) {
            throw new BatchListenerFailedException(e.getMessage(), e, e.event());
        } catch (RuntimeException e) {
            // never fail a batch as a whole: the error handler would then dead-letter every record of it
            throw new BatchListenerFailedException(e.getMessage(), e, 0);
        }
        if (poison != null) {
            throw new BatchListenerFailedException(poison.getMessage(), poison, decoded.size());
        }
    }

    private static List<Message> decode(ConsumerRecord<String, SpecificRecord> record,
                                        Function<SpecificRecord, List<Message>> mapping) {
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
        try {
            return mapping.apply(event);
        } catch (RuntimeException e) {
            throw new PoisonEventException("cannot map " + event.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The producer's span as the email's parent: the same trace id the record listener's span had. */
    private static String traceparent(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TraceParent.HEADER);
        String value = header == null || header.value() == null
                ? null : new String(header.value(), StandardCharsets.UTF_8);
        return TraceParent.traceId(value) == null ? null : value;
    }
}
