package io.partnerhub.kit.health;

import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.testapp.TestEvents;
import io.partnerhub.kit.testapp.TestListeners;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@KitIT
class HealthIT {

    @Autowired
    RestTestClient client;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    @Test
    void readinessIncludesMongoPingAndKafka() {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongoPing.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP");
    }

    @Test
    void livenessDoesNotDependOnInfrastructure() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongoPing").doesNotExist()
                .jsonPath("$.components.livenessState.status").isEqualTo("UP");
    }

    @Test
    void mongoPingAndKafkaAreUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo").doesNotExist();
    }

    @Test
    void prometheusIsPublicAndCarriesTheOutboxMeters() throws Exception {
        String key = "metrics-" + java.util.UUID.randomUUID();
        kafka.send(TestListeners.TRACED_TOPIC, key, TestEvents.listingChanged(key, 1, "metrics")).get(); // a producer exists
        byte[] body = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        org.assertj.core.api.Assertions.assertThat(new String(body))
                .contains("partnerhub_outbox_sent_total")
                .contains("partnerhub_outbox_backlog{collection=\"test_aggregates\"")
                .contains("partnerhub_outbox_delay_seconds")
                .contains("partnerhub_outbox_oldest_age_seconds{collection=\"test_aggregates\"")
                // Boot binds the Kafka clients' own metrics: consumer lag and the producer
                .contains("kafka_consumer_fetch_manager_records_lag_max")
                .contains("kafka_producer_record_send_total")
                // the Kafka observations' timers
                .contains("spring_kafka_template_seconds")
                .contains("spring_kafka_listener_seconds");
    }
}
