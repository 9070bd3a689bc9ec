package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Everything tender-service publishes, read back from Kafka by an outside consumer (one per JVM). */
public final class PublishedEvents {

    private static PublishedEvents instance;

    private final Queue<SpecificRecord> events = new ConcurrentLinkedQueue<>();

    private PublishedEvents() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "tender-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class,
                "schema.registry.url", EmbeddedPlatform.shared().schemaRegistryUrl());
        KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(Topic.TENDERS.topicName(), Topic.TENDER_OFFERS.topicName()));
        Thread poller = new Thread(() -> {
            while (true) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(record.value());
                }
            }
        }, "tender-it-events");
        poller.setDaemon(true);
        poller.start();
    }

    public static synchronized PublishedEvents shared() {
        if (instance == null) {
            instance = new PublishedEvents();
        }
        return instance;
    }

    public <T extends SpecificRecord> List<T> of(Class<T> type, String tenderId) {
        return events.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> tenderId.equals(String.valueOf(e.get(e.getSchema().getField("tenderId").pos()))))
                .toList();
    }

    public static EventMetadata metadata(SpecificRecord event) {
        return (EventMetadata) event.get(0);
    }
}
