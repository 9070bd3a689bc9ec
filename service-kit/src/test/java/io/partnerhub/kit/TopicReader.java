package io.partnerhub.kit;

import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Reads a whole topic from the beginning on a background thread, keeping every record it saw. */
public final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> records = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final Consumer<ConsumerRecord<String, V>> onRecord;
    private volatile boolean running = true;

    private TopicReader(String topic, Deserializer<V> values, Consumer<ConsumerRecord<String, V>> onRecord) {
        EmbeddedPlatform platform = EmbeddedPlatform.shared();
        this.onRecord = onRecord;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                "schema.registry.url", platform.schemaRegistryUrl()), new StringDeserializer(), values);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "topic-reader-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    public static TopicReader<org.apache.avro.specific.SpecificRecord> avro(String topic) {
        return avro(topic, record -> { });
    }

    public static TopicReader<org.apache.avro.specific.SpecificRecord> avro(
            String topic, Consumer<ConsumerRecord<String, org.apache.avro.specific.SpecificRecord>> onRecord) {
        AvroEventDeserializer deserializer = new AvroEventDeserializer();
        deserializer.configure(Map.of("schema.registry.url", EmbeddedPlatform.shared().schemaRegistryUrl()), false);
        return new TopicReader<>(topic, deserializer, onRecord);
    }

    public static TopicReader<byte[]> bytes(String topic) {
        return new TopicReader<>(topic, new org.apache.kafka.common.serialization.ByteArrayDeserializer(), r -> { });
    }

    public List<ConsumerRecord<String, V>> records() {
        return records;
    }

    private void poll() {
        while (running) {
            consumer.poll(Duration.ofMillis(50)).forEach(record -> {
                onRecord.accept(record);
                records.add(record);
            });
        }
        consumer.close(Duration.ofSeconds(1));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
