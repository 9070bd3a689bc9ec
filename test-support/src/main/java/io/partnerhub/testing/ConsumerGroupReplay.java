package io.partnerhub.testing;

import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Makes a listener read every partition of its topic again from offset 0, as ops would with
 * {@code kafka-consumer-groups --reset-offsets --to-earliest}: the container stops (its group
 * empties), the group's offsets go to 0, and it starts again; returns once it has read up to where
 * the partitions ended when it stopped.
 */
public final class ConsumerGroupReplay {

    private ConsumerGroupReplay() {
    }

    public static void fromOffsetZero(MessageListenerContainer container) throws Exception {
        String group = container.getGroupId();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedPlatform.shared().kafkaBootstrapServers()))) {
            container.stop();
            await().atMost(Duration.ofSeconds(60)).until(() -> !container.isRunning());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            committed(admin, group).keySet().forEach(partition -> {
                latest.put(partition, OffsetSpec.latest());
                zero.put(partition, new OffsetAndMetadata(0));
            });
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
            // the broker refuses while the stopped consumers' session is still open
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        admin.alterConsumerGroupOffsets(group, zero).all().get();
                        return committed(admin, group).values().stream().allMatch(offset -> offset.offset() == 0);
                    });
            container.start();
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> now = committed(admin, group);
                return ends.entrySet().stream().allMatch(end -> now.get(end.getKey()) != null
                        && now.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach((partition, offset) -> {
            if (offset != null) {
                offsets.put(partition, offset);
            }
        });
        return offsets;
    }
}
