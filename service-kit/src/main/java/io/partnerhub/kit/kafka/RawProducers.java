package io.partnerhub.kit.kafka;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

import java.util.HashMap;
import java.util.Map;

/** Producers of records as they were read (string key, value bytes untouched): dead letters and their replays. */
public final class RawProducers {

    private RawProducers() {
    }

    /** A factory with the service's producer settings (brokers, acks, idempotence), minus serializers and transactions. */
    public static DefaultKafkaProducerFactory<String, byte[]> like(ProducerFactory<?, ?> serviceProducers) {
        Map<String, Object> configs = new HashMap<>(serviceProducers.getConfigurationProperties());
        configs.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        configs.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(configs);
        factory.setPhysicalCloseTimeout(KafkaClientConfigs.PRODUCER_CLOSE_TIMEOUT_SECONDS);
        return factory;
    }
}
