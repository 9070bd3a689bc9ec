package io.partnerhub.testing;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * What a service published, read back from the shared embedded broker and decoded through the schema
 * registry (Confluent wire format), as any other consumer would. One reader per topic and JVM, started
 * by the first test that asks for it and reading from the beginning. Records that do not decode (a
 * test's poison bytes) are skipped.
 */
public final class PublishedEvents {

    private static final Map<String, List<ConsumerRecord<String, SpecificRecord>>> RECORDS = new ConcurrentHashMap<>();
    /** Why a topic's reader stopped, so that a test reading it fails with the cause instead of seeing nothing. */
    private static final Map<String, RuntimeException> FAILED_READERS = new ConcurrentHashMap<>();

    private PublishedEvents() {
    }

    /** Starts reading the topics (once per JVM; later calls for the same topic do nothing). */
    public static void read(Topic... topics) {
        for (Topic topic : topics) {
            startReader(topic.topicName(), topic.partitions());
        }
    }

    /** Starts reading the topics' dead-letter topics. */
    public static void readDeadLetters(Topic... topics) {
        for (Topic topic : topics) {
            startReader(topic.deadLetterName(), topic.partitions());
        }
    }

    private static synchronized void startReader(String topic, int partitionCount) {
        if (RECORDS.containsKey(topic)) {
            return;
        }
        RECORDS.put(topic, new CopyOnWriteArrayList<>());
        Thread reader = new Thread(() -> readForever(topic, partitionCount), "published-events-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    private static void readForever(String topic, int partitionCount) {
        EmbeddedPlatform platform = EmbeddedPlatform.shared();
        AvroEventDeserializer values = new AvroEventDeserializer();
        values.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false), new StringDeserializer(), values)) {
            // the service creates its topics at start-up with the catalog's partition count; a first start on a
            // busy machine can take well over a minute
            await().atMost(Duration.ofMinutes(5)).until(() -> consumer.partitionsFor(topic).size() == partitionCount);
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    consumer.poll(Duration.ofMillis(50)).forEach(RECORDS.get(topic)::add);
                } catch (RecordDeserializationException undecodable) {
                    // a test's poison record (not our wire format): not an event anyone published, read on past it
                    consumer.seek(undecodable.topicPartition(), undecodable.offset() + 1);
                }
            }
        } catch (InterruptException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            FAILED_READERS.put(topic, failure);
        }
    }

    /** Every record seen so far on a topic, by name (a dead-letter topic too). */
    public static List<ConsumerRecord<String, SpecificRecord>> records(String topic) {
        List<ConsumerRecord<String, SpecificRecord>> records = RECORDS.get(topic);
        if (records == null) {
            throw new IllegalStateException("Not reading " + topic + ": call PublishedEvents.read first");
        }
        RuntimeException failure = FAILED_READERS.get(topic);
        if (failure != null) {
            throw new IllegalStateException("The reader of " + topic + " stopped: " + failure, failure);
        }
        return List.copyOf(records);
    }

    /** The records on a topic with the given key. */
    public static List<ConsumerRecord<String, SpecificRecord>> records(String topic, String key) {
        return records(topic).stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Events of one aggregate (the record key) on a topic, in order. */
    public static List<SpecificRecord> of(Topic topic, String key) {
        return records(topic.topicName(), key).stream().map(ConsumerRecord::value).toList();
    }

    public static <T extends SpecificRecord> List<T> of(Topic topic, String key, Class<T> type) {
        return of(topic, key).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every event of the type on a topic, whatever its key. */
    public static <T extends SpecificRecord> List<T> all(Topic topic, Class<T> type) {
        return records(topic.topicName()).stream().map(ConsumerRecord::value)
                .filter(type::isInstance).map(type::cast).toList();
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
