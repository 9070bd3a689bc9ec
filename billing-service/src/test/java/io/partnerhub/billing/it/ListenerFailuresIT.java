package io.partnerhub.billing.it;

import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #12 item 5, per listener: a record that is not our wire format, or one the listener refuses
 * (PoisonEventException), goes to the topic's dead-letter topic with the reason and the record's own
 * headers, and the listener goes on with the next record.
 */
class ListenerFailuresIT extends BillingFlowSupport {

    static final String ORIGIN_HEADER = "test-origin";

    @Autowired
    CollaboratorRightsStore rights;

    /*
     * ORDERS is covered by OrdersTopicPoisonIT, in a JVM of its own: test-support's PublishedEvents reads
     * that topic with an Avro reader for every flow IT and stops at the first record it cannot decode.
     */
    @ParameterizedTest
    @EnumSource(value = Topic.class, names = {"PARTNERSHIP_STATES", "PARTNER_STATES"})
    void bytesThatAreNotOurWireFormatGoToTheDeadLetterTopicWithTheReason(Topic topic) throws Exception {
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(topic.deadLetterName());
             KafkaProducer<String, byte[]> producer = rawProducer()) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.topicName(), key, poison);
            record.headers().add(ORIGIN_HEADER, key.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, key);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(TopicProbe.header(dead, "dlt-reason")).isNotBlank();
            assertThat(TopicProbe.header(dead, ORIGIN_HEADER)).isEqualTo(key);
        }
        listenerStillConsumes(topic);
    }

    @Test
    void collaboratorRightsWithoutAPartnerGoToTheDeadLetterTopicAsPoison() throws Exception {
        PartnerCollaboratorRightsChanged unusable = granted(" ", "ann-" + UUID.randomUUID(), 1, "customer-x");
        String key = "no-partner-" + UUID.randomUUID();
        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.PARTNER_STATES.deadLetterName())) {
            sendWithOrigin(Topic.PARTNER_STATES, key, CollaboratorRightsFixture.stateAfter(unusable));

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, key);
            assertThat(TopicProbe.header(dead, "dlt-reason")).contains("PoisonEventException");
            assertThat(TopicProbe.header(dead, ORIGIN_HEADER)).isEqualTo(key);
        }
        listenerStillConsumes(Topic.PARTNER_STATES);
    }

    @Test
    void anOrderPlacedOfAnOrderBillingDoesNotStoreGoesToTheDeadLetterTopicAsPoison() throws Exception {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        String placedId = (String) post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null,
                "web-hosting", 1), null).getResponseBody().get("orderId");
        OrderPlaced real = PublishedEvents.awaitEvent(Topic.ORDERS, placedId, OrderPlaced.class);
        String unknownOrder = "ord-unknown-" + UUID.randomUUID();
        OrderPlaced unusable = OrderPlaced.newBuilder(real).setOrderId(unknownOrder)
                .setMetadata(EventMetadata.newBuilder(real.getMetadata()).setEventId(UUID.randomUUID())
                        .setAggregateId(unknownOrder).build())
                .build();
        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.ORDERS.deadLetterName())) {
            sendWithOrigin(Topic.ORDERS, unknownOrder, unusable);

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, unknownOrder);
            // the reason names the root cause the listener wrapped into its PoisonEventException
            assertThat(TopicProbe.header(dead, "dlt-reason")).contains("no such order is stored");
            assertThat(TopicProbe.header(dead, ORIGIN_HEADER)).isEqualTo(unknownOrder);
        }
        // the listener went on: the real order's cashback was booked (CHF 9.92 − 20% → 1.98)
        awaitBalance(ids.partner, "1.98");
    }

    private void listenerStillConsumes(Topic topic) {
        Ids ids = new Ids();
        if (topic == Topic.PARTNERSHIP_STATES) {
            sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
            return;
        }
        String bob = "bob-" + ids.suffix;
        PartnerCollaboratorRightsChanged grant = granted(ids.partner, bob, 1, ids.customer);
        sendWithOrigin(Topic.PARTNER_STATES, ids.partner, CollaboratorRightsFixture.stateAfter(grant));
        await().atMost(Duration.ofSeconds(30)).until(() -> rights.version(ids.partner, bob).isPresent());
    }

    private void sendWithOrigin(Topic topic, String key, SpecificRecord event) {
        ProducerRecord<String, SpecificRecord> record = new ProducerRecord<>(topic.topicName(), key, event);
        record.headers().add(ORIGIN_HEADER, key.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ConsumerRecord<String, byte[]> awaitDeadLetter(TopicProbe<byte[]> deadLetters, String key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.latestWithKey(key).orElse(null),
                found -> found != null);
    }

    static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
