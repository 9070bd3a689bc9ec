package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * Every event the service published on its three topics, read from the broker and decoded
 * through the schema registry (Confluent wire format), as other services would.
 */
public final class PublishedEvents {

    private static final Map<String, List<ConsumerRecord<String, SpecificRecord>>> RECORDS = new ConcurrentHashMap<>();
    private static volatile boolean started;

    private PublishedEvents() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        for (Topic topic : List.of(Topic.PARTNERS, Topic.INVITATIONS, Topic.PARTNERSHIPS, Topic.PARTNER_VOLUMES)) {
            startReader(topic.topicName(), topic.partitions());
        }
        startReader(Topic.PARTNER_VOLUMES.deadLetterName(), Topic.PARTNER_VOLUMES.partitions());
    }

    private static void startReader(String topic, int partitionCount) {
        RECORDS.put(topic, new CopyOnWriteArrayList<>());
        Thread reader = new Thread(() -> read(topic, partitionCount), "published-events-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    private static void read(String topic, int partitionCount) {
        EmbeddedPlatform platform = EmbeddedPlatform.shared();
        AvroEventDeserializer values = new AvroEventDeserializer();
        values.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = new ArrayList<>();
            // the service creates its topics at start-up with the catalog's partition count
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> consumer.partitionsFor(topic).size() == partitionCount);
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                consumer.poll(Duration.ofMillis(50)).forEach(RECORDS.get(topic)::add);
            }
        }
    }

    /** Records on a topic (by name, e.g. a dead-letter topic) with the given key. */
    public static List<ConsumerRecord<String, SpecificRecord>> records(String topic, String key) {
        return RECORDS.get(topic).stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Events of one aggregate (the record key) on a topic, in order. */
    public static List<SpecificRecord> of(Topic topic, String key) {
        return RECORDS.get(topic.topicName()).stream().filter(record -> key.equals(record.key()))
                .map(ConsumerRecord::value).toList();
    }

    public static <T extends SpecificRecord> List<T> of(Topic topic, String key, Class<T> type) {
        return of(topic, key).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits until the aggregate's events include one of the type, and answers the last such. */
    public static <T extends SpecificRecord> T awaitEvent(Topic topic, String key, Class<T> type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !of(topic, key, type).isEmpty());
        List<T> events = of(topic, key, type);
        return events.get(events.size() - 1);
    }

    public static EventMetadata metadata(SpecificRecord event) {
        return (EventMetadata) event.get(event.getSchema().getField("metadata").pos());
    }
}
