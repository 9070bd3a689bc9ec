package io.partnerhub.kit.outbox;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.tracing.TraceParent;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An event waiting in an aggregate's document to be published: stored in the same write as the
 * state change that caused it, removed by the {@link OutboxRelay} once Kafka acknowledged it.
 *
 * @param eventId   the event's metadata.eventId (consumers dedupe on it)
 * @param topic     the Kafka topic name
 * @param key       the record key: the aggregate id, so one aggregate's events stay in order
 * @param type      the generated Avro class name
 * @param payload   plain Avro binary of the event
 * @param createdAt the event's occurredAt
 * @param traceparent the W3C trace context of the span that created the event (null when there was
 *                    none, and in documents written before the field existed): the relay sends the
 *                    record inside that trace, so the consumer's span joins the producer's trace
 */
public record OutboxMessage(String eventId, String topic, String key, String type, byte[] payload, Instant createdAt,
                            String traceparent) {

    @PersistenceCreator
    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** Without trace context. */
    public OutboxMessage(String eventId, String topic, String key, String type, byte[] payload, Instant createdAt) {
        this(eventId, topic, key, type, payload, createdAt, null);
    }

    /** The message for an event, carrying the current span's {@code traceparent} (if any). */
    public static OutboxMessage of(Topic topic, String key, SpecificRecord event) {
        EventMetadata metadata = EventMetadatas.of(event);
        return new OutboxMessage(metadata.getEventId().toString(), topic.topicName(), key,
                event.getClass().getName(), AvroBinary.encode(event), metadata.getOccurredAt(), TraceParent.current());
    }

    /**
     * This message in the given trace, for events written outside the span of the work that caused
     * them (a scheduled job acting on stored state); unchanged when {@code traceparent} is null.
     */
    public OutboxMessage inTrace(String traceparent) {
        return traceparent == null ? this
                : new OutboxMessage(eventId, topic, key, type, payload, createdAt, traceparent);
    }

    /** The stored event, decoded. */
    public SpecificRecord event() {
        return AvroBinary.decode(type, payload);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxMessage that && eventId.equals(that.eventId) && topic.equals(that.topic)
                && Objects.equals(key, that.key) && type.equals(that.type) && Arrays.equals(payload, that.payload)
                && Objects.equals(createdAt, that.createdAt) && Objects.equals(traceparent, that.traceparent);
    }

    @Override
    public int hashCode() {
        return eventId.hashCode();
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + type + " " + eventId + " -> " + topic + " key=" + key + "]";
    }
}
