package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.TopicProbe;
import io.partnerhub.testing.authorization.AuthorizationMatrix;
import io.partnerhub.testing.authorization.Caller;
import io.partnerhub.testing.authorization.CellRequest;
import io.partnerhub.testing.authorization.Endpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives {@code authorization-matrix.md}: the delivery log and the dead letters, on a real email
 * and a real dead letter, with every kind of caller.
 */
class AuthorizationMatrixIT extends FlowIntegrationTest {

    private static final String OWNER_ORG = "p-matrix-owner";

    @LocalServerPort
    int port;

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws Exception {
        String sharedDelivery = deliveredEmail();
        ConsumerRecord<String, byte[]> sharedDeadLetter = deadLetter();

        AuthorizationMatrix.fromResource("/authorization-matrix.md").runAndAssert("notification-service",
                URI.create("http://localhost:" + port), (endpoint, caller) -> {
                    boolean changes = caller == Caller.OPS && endpoint.method().equals("POST");
                    return CellRequest.of(pathVariables(endpoint, changes, sharedDelivery, sharedDeadLetter), null,
                            token(caller));
                });
    }

    /** A state-changing cell gets its own email or dead letter, so every cell meets an untouched one. */
    private Map<String, String> pathVariables(Endpoint endpoint, boolean changes, String sharedDelivery,
                                              ConsumerRecord<String, byte[]> sharedDeadLetter) {
        if (endpoint.path().startsWith("/ops/deliveries/")) {
            return Map.of("id", changes ? deliveredEmail() : sharedDelivery);
        }
        ConsumerRecord<String, byte[]> letter = changes ? deadLetter() : sharedDeadLetter;
        return Map.of("topic", letter.topic(), "partition", String.valueOf(letter.partition()),
                "offset", String.valueOf(letter.offset()));
    }

    private static String token(Caller caller) {
        var tokens = EmbeddedPlatform.shared().tokens();
        return switch (caller) {
            case OWNER -> tokens.issue("u-owner", OWNER_ORG, Set.of("LEGAL_REPRESENTATIVE"));
            case OTHER_CUSTOMER -> tokens.issue("u-other", "c-matrix-other", Set.of("LEGAL_REPRESENTATIVE"));
            case PARTNER -> tokens.issue("u-partner", "p-matrix-linked", Set.of("LEGAL_REPRESENTATIVE"));
            case COLLABORATOR_GRANTED -> tokens.issue("u-granted", OWNER_ORG, Set.of("COLLABORATOR"));
            case COLLABORATOR_UNGRANTED -> tokens.issue("u-ungranted", OWNER_ORG, Set.of("COLLABORATOR"));
            case UNLINKED_PARTNER -> tokens.issue("u-unlinked", "p-matrix-unlinked", Set.of("LEGAL_REPRESENTATIVE"));
            case ENDED_PARTNER -> tokens.issue("u-ended", "p-matrix-ended", Set.of("LEGAL_REPRESENTATIVE"));
            case OPS -> tokens.issue("u-ops", "provider", Set.of("OPS"));
            case ANONYMOUS, EXPIRED -> throw new IllegalArgumentException(caller + " reuses the owner's request");
        };
    }

    /** The id of an email that was sent (an invitation's answer, which needs no owner check). */
    private String deliveredEmail() {
        String address = "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
        publish(Topic.INVITATIONS.topicName(), EventFixture.invitationDeclined(to(address, Language.EN)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(address)).hasSize(1));
        return deliveries.search(address, null, null, 1).get(0).id().toString();
    }

    /** A record of this service's dead-letter topic: bytes that are not our wire format. */
    private static ConsumerRecord<String, byte[]> deadLetter() {
        String key = "matrix-poison-" + UUID.randomUUID();
        Map<String, Object> configs = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedPlatform.shared().kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(configs, new StringSerializer(), new ByteArraySerializer());
             TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.TENDER_OFFERS.deadLetterName())) {
            raw.send(new ProducerRecord<>(Topic.TENDER_OFFERS.topicName(), key, key.getBytes(StandardCharsets.UTF_8)));
            raw.flush();
            return await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.poll().stream()
                    .filter(record -> key.equals(record.key())).findFirst().orElse(null), java.util.Objects::nonNull);
        }
    }
}
