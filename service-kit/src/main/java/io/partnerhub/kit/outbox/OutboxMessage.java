package io.partnerhub.kit.outbox;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import org.apache.avro.specific.SpecificRecord;

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
 */
public record OutboxMessage(String eventId, String topic, String key, String type, byte[] payload, Instant createdAt) {

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    public static OutboxMessage of(Topic topic, String key, SpecificRecord event) {
        EventMetadata metadata = EventMetadatas.of(event);
        return new OutboxMessage(metadata.getEventId().toString(), topic.topicName(), key,
                event.getClass().getName(), AvroBinary.encode(event), metadata.getOccurredAt());
    }

    /** The stored event, decoded. */
    public SpecificRecord event() {
        return AvroBinary.decode(type, payload);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxMessage that && eventId.equals(that.eventId) && topic.equals(that.topic)
                && Objects.equals(key, that.key) && type.equals(that.type) && Arrays.equals(payload, that.payload)
                && Objects.equals(createdAt, that.createdAt);
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
