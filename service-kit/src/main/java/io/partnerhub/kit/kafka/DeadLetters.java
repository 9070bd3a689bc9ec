package io.partnerhub.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes failed records to {@code <topic>.dlt} (partition chosen by key, so the DLT's partition
 * count is free). Records that could not be deserialized go out as their original bytes; others
 * are re-serialized by the Avro template. Spring's exception headers are kept, plus
 * {@value #REASON_HEADER} with the root cause message.
 */
public class DeadLetters implements DisposableBean {

    public static final String REASON_HEADER = "dlt-reason";

    private final DefaultKafkaProducerFactory<String, byte[]> bytesFactory;
    private final DeadLetterPublishingRecoverer recoverer;

    public DeadLetters(ProducerFactory<?, ?> avroFactory, KafkaOperations<?, ?> avroTemplate) {
        this.bytesFactory = RawProducers.like(avroFactory);
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, new KafkaTemplate<>(bytesFactory));
        templates.put(Object.class, avroTemplate);
        this.recoverer = new DeadLetterPublishingRecoverer(templates, DeadLetters::destination);
        this.recoverer.setHeadersFunction(DeadLetters::reason);
    }

    public DeadLetterPublishingRecoverer recoverer() {
        return recoverer;
    }

    static TopicPartition destination(ConsumerRecord<?, ?> record, Exception failure) {
        return new TopicPartition(record.topic() + io.partnerhub.events.Topic.DEAD_LETTER_SUFFIX, -1);
    }

    static Headers reason(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getClass().getSimpleName() + ": " + root.getMessage();
        return new RecordHeaders().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        bytesFactory.destroy();
    }
}
