package io.partnerhub.billing.it;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a topic from the beginning (as any consumer of billing's events would) and keeps what it saw. */
final class PublishedEvents implements AutoCloseable {

    private final Consumer<Object, Object> consumer;
    private final List<ConsumerRecord<String, SpecificRecord>> seen = new ArrayList<>();

    @SuppressWarnings("unchecked")
    PublishedEvents(ConsumerFactory<?, ?> factory, String topic) {
        consumer = (Consumer<Object, Object>) factory.createConsumer("billing-it-" + UUID.randomUUID(), "it");
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @SuppressWarnings("unchecked")
    List<ConsumerRecord<String, SpecificRecord>> poll() {
        consumer.poll(Duration.ofMillis(300)).forEach(record ->
                seen.add((ConsumerRecord<String, SpecificRecord>) (ConsumerRecord<?, ?>) record));
        return seen;
    }

    <T extends SpecificRecord> List<T> of(Class<T> type) {
        return poll().stream().map(ConsumerRecord::value).filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
