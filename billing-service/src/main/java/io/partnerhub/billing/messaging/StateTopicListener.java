package io.partnerhub.billing.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.Map;

/**
 * A listener of one of partnership-service's state topics: each assigned partition resumes where
 * billing's database stands ({@link StateTopicPositions}), each record of its state type is applied,
 * and the position moves past every record once it is done. Subclasses declare the
 * {@code @KafkaListener} and call {@link #consume}.
 */
public abstract class StateTopicListener<S extends SpecificRecord> implements ConsumerSeekAware {

    private final StateTopicPositions positions;
    private final Class<S> stateType;

    protected StateTopicListener(StateTopicPositions positions, Class<S> stateType) {
        this.positions = positions;
        this.stateType = stateType;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }

    /** Applies the record if it is a state of this topic (other types are skipped), then records the position. */
    protected void consume(ConsumerRecord<String, SpecificRecord> record) {
        if (stateType.isInstance(record.value())) {
            apply(stateType.cast(record.value()));
        }
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    protected abstract void apply(S state);

    protected static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
