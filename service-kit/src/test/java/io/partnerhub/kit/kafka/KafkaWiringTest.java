package io.partnerhub.kit.kafka;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import io.partnerhub.events.Topic;
import org.apache.kafka.clients.admin.NewTopic;
import io.partnerhub.kit.registry.SchemaRegistryUnavailableException;
import io.partnerhub.kit.serde.UnknownMagicByteException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.dao.DataAccessResourceFailureException;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaWiringTest {

    @Test
    void producerIsIdempotentWithAcksAllAndAvroValues() {
        Map<String, Object> configs = KafkaClientConfigs.producer(Map.of(), "http://registry");
        assertThat(configs).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("linger.ms", 5).containsEntry("schema.registry.url", "http://registry")
                .containsEntry("value.serializer", KafkaClientConfigs.AVRO_SERIALIZER);
        assertThat(KafkaClientConfigs.producer(Map.of("linger.ms", 20), null)).doesNotContainKey("linger.ms");
    }

    @Test
    void consumerWrapsTheAvroDeserializer() {
        Map<String, Object> configs = KafkaClientConfigs.consumer(Map.of(), "http://registry");
        assertThat(configs).containsEntry("spring.deserializer.value.delegate.class", KafkaClientConfigs.AVRO_DESERIALIZER)
                .containsEntry("auto.offset.reset", "earliest");
    }

    @Test
    void everyCatalogTopicHasItsDltWithTheSamePartitions() {
        List<NewTopic> topics = CatalogTopics.all((short) 1);
        assertThat(topics).hasSize(Topic.values().length * 2);
        for (Topic topic : Topic.values()) {
            NewTopic main = topics.stream().filter(t -> t.name().equals(topic.topicName())).findFirst().orElseThrow();
            NewTopic dlt = topics.stream().filter(t -> t.name().equals(topic.deadLetterName())).findFirst().orElseThrow();
            assertThat(main.numPartitions()).isEqualTo(topic.partitions());
            assertThat(dlt.numPartitions()).isEqualTo(topic.partitions());
            assertThat(main.configs()).containsEntry("cleanup.policy", topic.cleanupPolicy().configValue());
        }
    }

    @Test
    void infrastructureOutagesAreTransientInputProblemsAreNot() {
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped",
                new MongoSocketOpenException("down", new ServerAddress())))).isTrue();
        assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("down"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(new ConnectException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new TransientFailureException("smtp down", null))).isTrue();
        assertThat(TransientFailures.isTransient(new PoisonEventException("bad", new ConnectException()))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad input"))).isFalse();
    }

    @Test
    void anUnreachableRegistryBehindADeserializationFailureIsAnOutageNotBadInput() {
        DeserializationException registryDown = new DeserializationException("failed", new byte[0], false,
                new SchemaRegistryUnavailableException("registry down", new ConnectException("refused")));
        DeserializationException garbage = new DeserializationException("failed", new byte[0], false,
                new UnknownMagicByteException("topic", (byte) 7));

        assertThat(TransientFailures.isTransient(registryDown)).isTrue();
        assertThat(TransientFailures.isTransient(garbage)).isFalse();
        assertThat(TransientFailures.isInputFault(garbage)).isTrue();
        assertThat(TransientFailures.isInputFault(new PoisonEventException("bad", null))).isTrue();
        assertThat(TransientFailures.isInputFault(new IllegalStateException("bug"))).isFalse();
    }
}
