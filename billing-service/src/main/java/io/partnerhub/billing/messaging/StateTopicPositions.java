package io.partnerhub.billing.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;
import org.springframework.stereotype.Component;

import java.util.Collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How far billing's read models have applied partnership-service's compacted state topics, kept in
 * billing's own database beside those read models rather than only as the consumer group's offsets.
 * A partition assigned to an instance resumes after the last record its database applied, and starts
 * from the beginning when the database holds no position: a new or emptied database rebuilds the read
 * models from the state topics by itself, whatever the group had committed.
 */
@Component
public class StateTopicPositions {

    private final MongoTemplate mongo;

    public StateTopicPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Seeks each assigned partition to where the database stands, or to its beginning. */
    public void seek(Collection<TopicPartition> assigned, ConsumerSeekCallback callback) {
        for (TopicPartition partition : assigned) {
            Position position = mongo.findById(idOf(partition.topic(), partition.partition()), Position.class);
            if (position == null) {
                callback.seekToBeginning(partition.topic(), partition.partition());
            } else {
                callback.seek(partition.topic(), partition.partition(), position.next());
            }
        }
    }

    /** Records that the record at {@code offset} was applied; a position never moves back. */
    public void applied(String topic, int partition, long offset) {
        mongo.upsert(Query.query(where("_id").is(idOf(topic, partition))), new Update().max("next", offset + 1),
                Position.class);
    }

    private static String idOf(String topic, int partition) {
        return topic + ":" + partition;
    }

    @Document("state_topic_positions")
    record Position(@Id String id, long next) {
    }
}
