package io.partnerhub.testing;

import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.kit.serde.AvroSerdeConfig;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads a topic from its beginning, for assertions on what the service published. */
public final class TopicProbe<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> seen = new ArrayList<>();

    private TopicProbe(String topic, Deserializer<V> values) {
        Map<String, Object> configs = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, EmbeddedPlatform.shared().schemaRegistryUrl());
        consumer = new KafkaConsumer<>(configs, new StringDeserializer(), values);
        values.configure(configs, false);
        consumer.subscribe(List.of(topic));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static TopicProbe<org.apache.avro.specific.SpecificRecord> events(String topic) {
        return new TopicProbe(topic, new AvroEventDeserializer());
    }

    public static TopicProbe<byte[]> raw(String topic) {
        return new TopicProbe<>(topic, new ByteArrayDeserializer());
    }

    /** Everything read so far, after one more short poll. */
    public synchronized List<ConsumerRecord<String, V>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** The latest record with this key read so far, after one more short poll. */
    public Optional<ConsumerRecord<String, V>> latestWithKey(String key) {
        return poll().stream().filter(record -> key.equals(record.key())).reduce((first, second) -> second);
    }

    /** A header's value as text, or null when the record has none of that name. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
