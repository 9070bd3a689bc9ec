package io.partnerhub.kit.kafka;

import io.partnerhub.events.Topic;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

import java.util.ArrayList;
import java.util.List;

/** Every catalog topic and its dead-letter topic (same partition count, delete policy, 30 days). */
public final class CatalogTopics {

    private static final String DLT_RETENTION_MS = Long.toString(java.time.Duration.ofDays(30).toMillis());

    private CatalogTopics() {
    }

    public static List<NewTopic> all(short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(TopicBuilder.name(topic.topicName()).partitions(topic.partitions())
                    .replicas(replicationFactor).configs(topic.configs()).build());
            topics.add(TopicBuilder.name(topic.deadLetterName()).partitions(topic.partitions())
                    .replicas(replicationFactor).config("cleanup.policy", "delete")
                    .config("retention.ms", DLT_RETENTION_MS).build());
        }
        return topics;
    }
}
