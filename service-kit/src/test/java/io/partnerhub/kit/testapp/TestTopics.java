package io.partnerhub.kit.testapp;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The test topics, created at start-up like the catalog's (readers assign their partitions). */
@Configuration
class TestTopics {

    @Bean
    KafkaAdmin.NewTopics kitTestTopics() {
        return new KafkaAdmin.NewTopics(
                topic("kit-test.relay-order"), topic("kit-test.twin"), topic("kit-test.bench"),
                topic(TestListeners.DEDUPE_TOPIC), topic(TestListeners.DEDUPE_TOPIC + ".dlt"),
                topic(TestListeners.POISON_TOPIC), topic(TestListeners.POISON_TOPIC + ".dlt"),
                topic(TestListeners.BATCH_TOPIC), topic(TestListeners.BATCH_TOPIC + ".dlt"), topic("kit-test.stop"),
                topic(TestListeners.TRACED_TOPIC));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).replicas(1).build();
    }
}
