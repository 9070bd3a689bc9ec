package io.partnerhub.kit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.partnerhub.events.Topic;
import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.TopicReader;
import io.partnerhub.kit.testapp.ReceivedEvents;
import io.partnerhub.kit.testapp.TestAggregate;
import io.partnerhub.kit.testapp.TestEvents;
import io.partnerhub.kit.testapp.TestListeners;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One workflow is one trace: request → outbox (stored traceparent) → relay thread → Kafka → listener. */
@KitIT
class OutboxTracingIT {

    @Autowired
    RestTestClient client;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReceivedEvents received;
    @Autowired
    Tracer tracer;
    @Autowired
    MeterRegistry meters;

    @Test
    void theRequestsTraceReachesTheConsumerThroughTheOutbox() throws Exception {
        String traceId = hex(16);
        String id = "traced-" + UUID.randomUUID();
        String token = EmbeddedPlatform.shared().tokens().issue("u-1", "o-1", Set.of("ADMIN"));
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(TestListeners.TRACED_TOPIC)) {
            client.post().uri("/test/outbox/" + id)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.traceparent").value(String.class,
                            stored -> assertThat(stored).startsWith("00-" + traceId + "-"));

            await().atMost(Duration.ofSeconds(10)).until(() -> record(reader, id).isPresent());
            assertThat(traceparent(record(reader, id).orElseThrow())).startsWith("00-" + traceId + "-");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.traceIds().containsKey(id));
        assertThat(received.traceIds().get(id)).isEqualTo(traceId);
    }

    @Test
    void aSpanOpenedHereIsStoredWithTheEventAndCarriedInTheRecord() throws Exception {
        String id = "span-" + UUID.randomUUID();
        Span span = tracer.nextSpan().name("test workflow").start();
        OutboxMessage message;
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            message = OutboxMessage.of(Topic.PARTNERS, id, TestEvents.listingChanged(id, 1, "a"));
        } finally {
            span.end();
        }
        assertThat(message.traceparent())
                .isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");
        TestAggregate aggregate = new TestAggregate(id, "a");
        aggregate.getOutbox().add(new OutboxMessage(message.eventId(), TestListeners.TRACED_TOPIC, id,
                message.type(), message.payload(), message.createdAt(), message.traceparent()));
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(TestListeners.TRACED_TOPIC)) {
            mongo.save(aggregate);
            await().atMost(Duration.ofSeconds(10)).until(() -> record(reader, id).isPresent());
            String sent = traceparent(record(reader, id).orElseThrow());
            assertThat(sent).startsWith("00-" + span.context().traceId() + "-");
            assertThat(sent).doesNotContain(span.context().spanId()); // the producer span, a child
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.traceIds().containsKey(id));
        assertThat(received.traceIds().get(id)).isEqualTo(span.context().traceId());
        assertThat(meters.find(OutboxRound.RELAY_OBSERVATION).tag("topic", TestListeners.TRACED_TOPIC).timer())
                .isNotNull().satisfies(timer -> assertThat(timer.count()).isPositive());
    }

    @Test
    void withoutASpanThereIsNoStoredTraceparentAndOldDocumentsStillLoadAndRelay() throws Exception {
        String id = "old-" + UUID.randomUUID();
        assertThat(OutboxMessage.of(Topic.PARTNERS, id, TestEvents.listingChanged(id, 1, "a")).traceparent()).isNull();
        OutboxMessage message = OutboxMessage.of(Topic.PARTNERS, id, TestEvents.listingChanged(id, 1, "old"));
        Document stored = new Document("eventId", message.eventId()).append("topic", TestListeners.TRACED_TOPIC)
                .append("key", id).append("type", message.type()).append("payload", message.payload())
                .append("createdAt", java.util.Date.from(message.createdAt()));
        // a document written before the field existed: no traceparent key at all
        mongo.getCollection("test_aggregates").insertOne(new Document("_id", id).append("name", "old")
                .append("version", 0L).append("outbox", List.of(stored)));
        TestAggregate loaded = mongo.findById(id, TestAggregate.class);
        assertThat(loaded.getOutbox()).singleElement().satisfies(m -> assertThat(m.traceparent()).isNull());
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(TestListeners.TRACED_TOPIC)) {
            mongo.save(loaded); // wakes the relay
            await().atMost(Duration.ofSeconds(10)).until(() -> record(reader, id).isPresent());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.traceIds().containsKey(id));
    }

    private static Optional<ConsumerRecord<String, SpecificRecord>> record(TopicReader<SpecificRecord> reader, String key) {
        return reader.records().stream().filter(r -> key.equals(r.key())).findFirst();
    }

    private static String traceparent(ConsumerRecord<String, SpecificRecord> record) {
        assertThat(record.headers().headers("traceparent")).as("one traceparent header").hasSize(1);
        Header header = record.headers().lastHeader("traceparent");
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
