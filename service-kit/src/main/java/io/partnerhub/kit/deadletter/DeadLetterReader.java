package io.partnerhub.kit.deadletter;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the dead-letter topics of the topics this service's listeners consume, keeping the records
 * its own consumer groups dead-lettered (a topic's DLT is shared by every group that reads it).
 * Assigns partitions and reads from the start to the end offsets of the moment: no consumer group,
 * no committed offsets, nothing changed.
 */
public class DeadLetterReader {

    private static final Duration POLL = Duration.ofMillis(500);
    /** How many records one listing reads at most, over all dead-letter topics. */
    static final int MAX_SCANNED = 100_000;

    private final KafkaListenerEndpointRegistry listeners;
    private final Map<String, Object> consumerConfigs;

    public DeadLetterReader(KafkaListenerEndpointRegistry listeners, ConsumerFactory<?, ?> consumers) {
        this.listeners = listeners;
        Map<String, Object> configs = new HashMap<>(consumers.getConfigurationProperties());
        configs.remove(ConsumerConfig.GROUP_ID_CONFIG);
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        configs.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        configs.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        configs.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        this.consumerConfigs = configs;
    }

    /** The consumer settings (registry URL included), for decoding what was read. */
    Map<String, Object> consumerConfigs() {
        return consumerConfigs;
    }

    /** This service's groups by the topics they consume. */
    Map<String, Set<String>> groupsByTopic() {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (MessageListenerContainer container : listeners.getAllListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics == null || container.getGroupId() == null) {
                continue;
            }
            Arrays.stream(topics).forEach(topic ->
                    groups.computeIfAbsent(topic, any -> new TreeSet<>()).add(container.getGroupId()));
        }
        return groups;
    }

    /** Every record this service's groups dead-lettered, by topic, partition and offset. */
    List<DeadLetter> all() {
        List<DeadLetter> found = new ArrayList<>();
        Map<String, Set<String>> groups = groupsByTopic();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfigs)) {
            for (Map.Entry<String, Set<String>> entry : groups.entrySet()) {
                String deadLetterTopic = entry.getKey() + Topic.DEAD_LETTER_SUFFIX;
                readAll(consumer, deadLetterTopic, record -> {
                    DeadLetter letter = letterOf(record);
                    if (letter.consumerGroup() == null || entry.getValue().contains(letter.consumerGroup())) {
                        found.add(letter);
                    }
                }, MAX_SCANNED - found.size());
            }
        }
        return found;
    }

    /** The record at this place, if it is a dead letter of this service. */
    Optional<ConsumerRecord<String, byte[]>> find(String deadLetterTopic, int partition, long offset) {
        if (!deadLetterTopic.endsWith(Topic.DEAD_LETTER_SUFFIX)) {
            return Optional.empty();
        }
        String original = deadLetterTopic.substring(0, deadLetterTopic.length() - Topic.DEAD_LETTER_SUFFIX.length());
        Set<String> groups = groupsByTopic().get(original);
        if (groups == null) {
            return Optional.empty();
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfigs)) {
            TopicPartition place = new TopicPartition(deadLetterTopic, partition);
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetterTopic);
            if (partitions == null || partitions.stream().noneMatch(info -> info.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(place));
            long end = consumer.endOffsets(List.of(place)).get(place);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(place, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        String group = header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
                        return group == null || groups.contains(group) ? Optional.of(record) : Optional.empty();
                    }
                    if (record.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static void readAll(KafkaConsumer<String, byte[]> consumer, String topic,
                                Consumer<ConsumerRecord<String, byte[]>> each, int budget) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        if (partitions == null || partitions.isEmpty() || budget <= 0) {
            return;
        }
        List<TopicPartition> places = partitions.stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(places);
        consumer.seekToBeginning(places);
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(places));
        ends.values().removeIf(end -> end == 0);
        int read = 0;
        while (!ends.isEmpty() && read < budget) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition place = new TopicPartition(record.topic(), record.partition());
                Long end = ends.get(place);
                if (end != null && record.offset() < end && read < budget) {
                    each.accept(record);
                    read++;
                }
            }
            ends.entrySet().removeIf(entry -> consumer.position(entry.getKey()) >= entry.getValue());
        }
    }

    static DeadLetter letterOf(ConsumerRecord<String, byte[]> record) {
        return new DeadLetter(DeadLetter.idOf(record.topic(), record.partition(), record.offset()), record.topic(),
                record.partition(), record.offset(), header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET),
                header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), record.key(),
                header(record, DeadLetters.REASON_HEADER), header(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                Instant.ofEpochMilli(record.timestamp()));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer intHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Integer.BYTES ? null : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Long.BYTES ? null : ByteBuffer.wrap(header.value()).getLong();
    }
}
