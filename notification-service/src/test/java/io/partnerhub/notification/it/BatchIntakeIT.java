package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.kit.kafka.DeadLetters;
import io.partnerhub.kit.serde.AvroEventSerializer;
import io.partnerhub.kit.serde.AvroSerdeConfig;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events that reach the batch listeners together: one bad or repeated record does not cost the others. */
class BatchIntakeIT extends FlowIntegrationTest {

    @Test
    void aPoisonRecordInABatchGoesToTheDeadLetterTopicWithItsReasonAndTheOthersAreEmailed() {
        String key = "batch-" + UUID.randomUUID();
        String before = unique("before-poison");
        String after = unique("after-poison");
        InvitationDeclined first = withKey(EventFixture.invitationDeclined(to(before, Language.EN)), key);
        InvitationDeclined last = withKey(EventFixture.invitationDeclined(to(after, Language.EN)), key);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
             TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.INVITATIONS.deadLetterName())) {
            publishTogether("notification-service-partnership", () -> {
                kafka.send(Topic.INVITATIONS.topicName(), key, first);
                raw.send(new ProducerRecord<>(Topic.INVITATIONS.topicName(), key,
                        "not avro at all".getBytes(StandardCharsets.UTF_8)));
                raw.flush();
                kafka.send(Topic.INVITATIONS.topicName(), key, last);
            });

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(inbox.to(before)).hasSize(1);
                assertThat(inbox.to(after)).hasSize(1);
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .filteredOn(record -> record.key().equals(key)).singleElement().satisfies(record -> {
                        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("not avro at all");
                        assertThat(new String(record.headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                                StandardCharsets.UTF_8)).isNotBlank();
                    }));
        }
        assertThat(inbox.to(before)).hasSize(1);
    }

    @Test
    void aRedeliveredEventAmongNewOnesIsSkippedAndTheNewOnesAreStored() {
        String again = unique("again");
        String fresh = unique("fresh");
        TenderOffered offer = EventFixture.tenderOffered("t-b", "p-b", "Again", to(again, Language.EN));
        kafka.send(Topic.TENDER_OFFERS.topicName(), "p-b", offer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(again)).hasSize(1));

        publishTogether("notification-service-tender-offer", () -> {
            kafka.send(Topic.TENDER_OFFERS.topicName(), "p-b", offer);
            kafka.send(Topic.TENDER_OFFERS.topicName(), "p-b",
                    EventFixture.tenderOffered("t-b", "p-b", "Fresh", to(fresh, Language.EN)));
            kafka.send(Topic.TENDER_OFFERS.topicName(), "p-b", offer);
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(fresh)).hasSize(1));
        assertThat(inbox.to(again)).hasSize(1);
        assertThat(deliveries.search(null, offer.getMetadata().getEventId().toString(), null, 10)).hasSize(1);
    }

    @Test
    void eachDeliveryKeepsTheTraceOfItsOwnRecord() {
        String traceA = "00-" + hex(32) + "-" + hex(16) + "-01";
        String traceB = "00-" + hex(32) + "-" + hex(16) + "-01";
        TenderOffered a = EventFixture.tenderOffered("t-tr", "p-tr", "Traced", to(unique("trace-a"), Language.EN));
        TenderOffered b = EventFixture.tenderOffered("t-tr", "p-tr", "Traced", to(unique("trace-b"), Language.FR));
        TenderOffered none = EventFixture.tenderOffered("t-tr", "p-tr", "Traced", to(unique("trace-none"), Language.DE));

        // a plain producer: the service's KafkaTemplate would write its own traceparent header
        try (KafkaProducer<String, SpecificRecord> plain = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers(),
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, EmbeddedPlatform.shared().schemaRegistryUrl(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroEventSerializer.class))) {
            publishTogether("notification-service-tender-offer", () -> {
                plain.send(traced(a, traceA));
                plain.send(traced(b, traceB));
                plain.send(traced(none, null));
                plain.flush();
            });
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(stored(a)).extracting(delivery -> delivery.source().traceparent()).isEqualTo(traceA);
            assertThat(stored(b)).extracting(delivery -> delivery.source().traceparent()).isEqualTo(traceB);
            assertThat(stored(none)).extracting(delivery -> delivery.source().traceparent()).isNull();
        });
        assertThat(TraceParent.traceId(stored(a).source().traceparent())).isEqualTo(traceA.substring(3, 35));
    }

    private Delivery stored(TenderOffered offer) {
        List<Delivery> found = deliveries.search(null, offer.getMetadata().getEventId().toString(), null, 10);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static ProducerRecord<String, SpecificRecord> traced(TenderOffered offer, String traceparent) {
        ProducerRecord<String, SpecificRecord> record = new ProducerRecord<>(Topic.TENDER_OFFERS.topicName(),
                offer.getPartnerId(), offer);
        if (traceparent != null) {
            record.headers().add(TraceParent.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static InvitationDeclined withKey(InvitationDeclined event, String key) {
        event.getMetadata().setAggregateId(key);
        return event;
    }

    private static String hex(int length) {
        return UUID.randomUUID().toString().replace("-", "").concat(UUID.randomUUID().toString().replace("-", ""))
                .substring(0, length);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
    }
}
