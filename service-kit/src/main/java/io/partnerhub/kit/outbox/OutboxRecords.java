package io.partnerhub.kit.outbox;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.kit.web.CorrelationId;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** Builds the Kafka record for an outbox message, with eventId / eventType / correlationId / traceparent headers. */
final class OutboxRecords {

    static final String EVENT_ID_HEADER = "eventId";
    static final String EVENT_TYPE_HEADER = "eventType";

    private OutboxRecords() {
    }

    static ProducerRecord<String, SpecificRecord> toRecord(OutboxMessage message) {
        SpecificRecord event = message.event();
        ProducerRecord<String, SpecificRecord> record = new ProducerRecord<>(message.topic(), message.key(), event);
        record.headers().add(EVENT_ID_HEADER, bytes(message.eventId()));
        record.headers().add(EVENT_TYPE_HEADER, bytes(event.getSchema().getName()));
        EventMetadata metadata = EventMetadatas.of(event);
        if (metadata.getCorrelationId() != null) {
            record.headers().add(CorrelationId.KAFKA_HEADER, bytes(metadata.getCorrelationId()));
        }
        if (message.traceparent() != null) {
            // the trace context stored with the event; with template observation on, the producer
            // span (a child in the same trace, see StoredTraces) replaces it with its own
            record.headers().add(TraceParent.HEADER, bytes(message.traceparent()));
        }
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
