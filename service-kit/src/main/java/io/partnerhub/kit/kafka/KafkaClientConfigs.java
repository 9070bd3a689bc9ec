package io.partnerhub.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.HashMap;
import java.util.Map;

/**
 * The producer and consumer settings the kit imposes: String keys, Confluent-format Avro values
 * (the serde classes are named, not referenced, so they are loaded by Kafka with these configs).
 */
public final class KafkaClientConfigs {

    public static final String AVRO_SERIALIZER = "io.partnerhub.kit.serde.AvroEventSerializer";
    public static final String AVRO_DESERIALIZER = "io.partnerhub.kit.serde.AvroEventDeserializer";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /**
     * How long closing a producer at shutdown waits for unacknowledged records (Spring's default is
     * 30 s, which alone would spend a pod's grace period when the cluster is away). Nothing is lost
     * by giving up: the outbox only forgets messages that Kafka acknowledged.
     */
    public static final int PRODUCER_CLOSE_TIMEOUT_SECONDS = 5;

    private KafkaClientConfigs() {
    }

    /**
     * acks=all + idempotence: no loss, no duplicates from producer retries, order kept per partition.
     * linger 5 ms batches; max.block.ms 10 s (not 60) so a send to an unreachable cluster fails
     * well within the outbox lease.
     */
    public static Map<String, Object> producer(Map<String, Object> current, String registryUrl) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(ProducerConfig.ACKS_CONFIG, "all");
        configs.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        configs.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AVRO_SERIALIZER);
        if (!current.containsKey(ProducerConfig.LINGER_MS_CONFIG)) {
            configs.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        }
        if (!current.containsKey(ProducerConfig.MAX_BLOCK_MS_CONFIG)) {
            configs.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        }
        putRegistry(configs, registryUrl);
        return configs;
    }

    public static Map<String, Object> consumer(Map<String, Object> current, String registryUrl) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        configs.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        configs.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AVRO_DESERIALIZER);
        if (!current.containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
            configs.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        }
        putRegistry(configs, registryUrl);
        return configs;
    }

    private static void putRegistry(Map<String, Object> configs, String registryUrl) {
        if (registryUrl != null && !registryUrl.isBlank()) {
            configs.put(SCHEMA_REGISTRY_URL, registryUrl);
        }
    }
}
