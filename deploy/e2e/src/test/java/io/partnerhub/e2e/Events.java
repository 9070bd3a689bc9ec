package io.partnerhub.e2e;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every event of every catalog topic, read from the beginning by one consumer of its own group with
 * the kit's {@link AvroEventDeserializer} against the platform's schema registry — the way the
 * services read them. Tests wait for the event they expect with {@link #await}.
 */
public final class Events implements AutoCloseable {

    /** One received event, with the W3C {@code traceparent} header it came with (null: none). */
    public record Received(String topic, String key, SpecificRecord event, String traceparent) {

        /** The trace id part of {@code 00-<trace id>-<span id>-<flags>} (null: not traced). */
        public String traceId() {
            String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
            return parts.length == 4 ? parts[1] : null;
        }
    }

    private final KafkaConsumer<String, SpecificRecord> consumer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> undecodable = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private final String bootstrapServers;

    private Events(EmbeddedPlatform platform) {
        bootstrapServers = platform.kafkaBootstrapServers();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                "schema.registry.url", platform.schemaRegistryUrl());
        AvroEventDeserializer avro = new AvroEventDeserializer();
        avro.configure(config, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new Tolerant(avro, undecodable));
        consumer.subscribe(Arrays.stream(Topic.values()).map(Topic::topicName).toList());
        poller = new Thread(this::poll, "e2e-events");
        poller.setDaemon(true);
        poller.start();
    }

    static Events start(EmbeddedPlatform platform) {
        return new Events(platform);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null) {
                        Header traceparent = record.headers().lastHeader("traceparent");
                        received.add(new Received(record.topic(), record.key(), record.value(),
                                traceparent == null ? null : new String(traceparent.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poller up
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Waits (up to 60 s) for the first event of the type that matches, and returns it. */
    public <T extends SpecificRecord> T await(Class<T> type, Predicate<T> match) {
        return Awaitility.await(type.getSimpleName()).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> first(type, match), found -> found != null);
    }

    /** Every event of the type received so far that matches. */
    public <T extends SpecificRecord> List<T> all(Class<T> type, Predicate<T> match) {
        return received.stream().map(Received::event).filter(type::isInstance).map(type::cast).filter(match).toList();
    }

    /** How the event came: topic, key and headers. */
    public Received receivedOf(SpecificRecord event) {
        return received.stream().filter(r -> r.event() == event).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a received event: " + event));
    }

    private <T extends SpecificRecord> T first(Class<T> type, Predicate<T> match) {
        return all(type, match).stream().findFirst().orElse(null);
    }

    /**
     * Waits until the consumer group has processed (committed past) everything on the topic now, e.g.
     * before relying on a service's read model built from events this test caused.
     */
    public void awaitConsumed(String group, Topic topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic.topicName())).allTopicNames().get()
                    .get(topic.topicName()).partitions().stream()
                    .map(p -> new TopicPartition(topic.topicName(), p.partition())).toList();
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            Awaitility.await(group + " consumed " + topic.topicName()).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get();
                        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                                || (committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue()));
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count() {
        return received.size();
    }

    public List<String> undecodable() {
        return List.copyOf(undecodable);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records that cannot be decoded are noted (and asserted absent), not allowed to stop the consumer. */
    private record Tolerant(AvroEventDeserializer avro, List<String> problems) implements Deserializer<SpecificRecord> {
        @Override
        public SpecificRecord deserialize(String topic, byte[] data) {
            try {
                return avro.deserialize(topic, data);
            } catch (RuntimeException e) {
                problems.add(topic + ": " + e.getMessage());
                return null;
            }
        }
    }
}
