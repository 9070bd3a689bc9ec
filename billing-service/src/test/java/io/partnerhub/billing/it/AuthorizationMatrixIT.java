package io.partnerhub.billing.it;

import io.partnerhub.billing.subscription.persistence.SubscriptionDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.authorization.AuthorizationMatrix;
import io.partnerhub.testing.authorization.Caller;
import io.partnerhub.testing.authorization.CellRequest;
import io.partnerhub.testing.authorization.Endpoint;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static io.partnerhub.billing.it.PartnershipEventsFixture.terminated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives {@code authorization-matrix.md}: orders, invoices, the partner's money and the dead
 * letters, on a real partnership (its events in billing's read model, its terms at the owner
 * stand-in), a real order and a real dead letter, with every kind of caller.
 */
class AuthorizationMatrixIT extends BillingFlowSupport {

    @LocalServerPort
    int port;

    private final Ids ids = new Ids();
    private final String granted = "granted-" + ids.suffix;
    private final String unlinked = "partner-unlinked-" + ids.suffix;
    private final String ended = "partner-ended-" + ids.suffix;

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws Exception {
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        PartnershipStarted endedOne = started(UUID.randomUUID().toString(), ended, ids.customer, full(PaymentMode.CUSTOMER));
        sendAndAwait(endedOne);
        sendAndAwait(terminated(endedOne, 2));
        confirmRights(granted(ids.partner, granted, 1, ids.customer));
        Map<String, Object> placed = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 2), null).getResponseBody();
        String orderId = (String) placed.get("orderId");
        String invoiceId = (String) placed.get("invoiceId");
        assertThat(invoiceId).isNotNull();
        String subscriptionId = (String) line(placed).get("subscriptionId");
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(subscriptionId,
                SubscriptionDocument.class) != null);
        ConsumerRecord<String, byte[]> sharedDeadLetter = deadLetter();

        AuthorizationMatrix.fromResource("/authorization-matrix.md").runAndAssert("billing-service",
                URI.create("http://localhost:" + port), (endpoint, caller) ->
                        request(endpoint, caller, orderId, invoiceId, subscriptionId, sharedDeadLetter));
    }

    private CellRequest request(Endpoint endpoint, Caller caller, String orderId, String invoiceId,
                                String subscriptionId, ConsumerRecord<String, byte[]> sharedDeadLetter) {
        String path = endpoint.path();
        String token = token(caller);
        if (path.startsWith("/ops/dead-letters/")) {
            boolean replays = caller == Caller.OPS && endpoint.method().equals("POST");
            ConsumerRecord<String, byte[]> letter = replays ? deadLetter() : sharedDeadLetter;
            return CellRequest.of(Map.of("topic", letter.topic(), "partition", String.valueOf(letter.partition()),
                    "offset", String.valueOf(letter.offset())), null, token);
        }
        if (path.startsWith("/orders/")) {
            return CellRequest.of(Map.of("orderId", orderId), path.endsWith("/renewals") ? "{}" : null, token);
        }
        if (path.startsWith("/subscriptions/")) {
            return CellRequest.of(Map.of("subscriptionId", subscriptionId),
                    endpoint.method().equals("PATCH") ? "{\"nextQuantity\": 2}" : null, token);
        }
        if (path.startsWith("/invoices/")) {
            return CellRequest.of(Map.of("invoiceId", invoiceId), null, token);
        }
        if (path.startsWith("/partnerships/")) {
            return CellRequest.of(Map.of("partnershipId", ids.partnership), null, token);
        }
        Map<String, String> query = path.endsWith("/entries") ? Map.of("currency", "CHF") : Map.of();
        return new CellRequest(Map.of("partnerId", ids.partner), query, null, token);
    }

    private String token(Caller caller) {
        return switch (caller) {
            case OWNER -> legalRep(ids.customer);
            case OTHER_CUSTOMER -> legalRep("customer-other-" + ids.suffix);
            case PARTNER -> legalRep(ids.partner);
            case COLLABORATOR_GRANTED -> collaborator(granted);
            case COLLABORATOR_UNGRANTED -> collaborator("ungranted-" + ids.suffix);
            case UNLINKED_PARTNER -> legalRep(unlinked);
            case ENDED_PARTNER -> legalRep(ended);
            case OPS -> EmbeddedPlatform.shared().tokens().issue("ops-" + ids.suffix, "provider", Set.of("OPS"));
            case ANONYMOUS, EXPIRED -> throw new IllegalArgumentException(caller + " reuses the owner's request");
        };
    }

    private String collaborator(String userId) {
        return EmbeddedPlatform.shared().tokens().issue(userId, ids.partner, Set.of("COLLABORATOR"));
    }

    /** The right as partnership-service answers it, and the partner's state after it on the state topic. */
    private void confirmRights(PartnerCollaboratorRightsChanged event) {
        OWNER.confirm(event);
        try {
            kafka.send(Topic.PARTNER_STATES.topicName(), event.getPartnerId(),
                    CollaboratorRightsFixture.stateAfter(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record of billing's dead-letter topic for partnerships: bytes that are not our wire format. */
    private static ConsumerRecord<String, byte[]> deadLetter() {
        String key = "matrix-poison-" + UUID.randomUUID();
        String bootstrap = EmbeddedPlatform.shared().kafkaBootstrapServers();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap), new StringSerializer(), new ByteArraySerializer());
             KafkaConsumer<String, byte[]> deadLetters = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ConsumerConfig.GROUP_ID_CONFIG, "matrix-probe-" + UUID.randomUUID(),
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                     new StringDeserializer(), new ByteArrayDeserializer())) {
            deadLetters.subscribe(List.of(Topic.PARTNERSHIP_STATES.deadLetterName()));
            raw.send(new ProducerRecord<>(Topic.PARTNERSHIP_STATES.topicName(), key, key.getBytes(StandardCharsets.UTF_8)));
            raw.flush();
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
