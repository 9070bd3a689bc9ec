package io.partnerhub.kit.outbox;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;
import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.TopicReader;
import io.partnerhub.kit.testapp.ReceivedEvents;
import io.partnerhub.kit.testapp.TestAggregate;
import io.partnerhub.kit.testapp.TestEvents;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@KitIT
class OutboxRelayIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    ReceivedEvents received;

    @Test
    void publishesExactlyThePendingEventsInOrderAndPullsThem() throws Exception {
        String topic = "kit-test.relay-order";
        String id = "agg-" + UUID.randomUUID();
        TestAggregate aggregate = new TestAggregate(id, "first");
        List<String> eventIds = new ArrayList<>();
        for (int version = 1; version <= 5; version++) {
            PartnerDirectoryListingChanged event = TestEvents.listingChanged(id, version, "name-" + version);
            aggregate.getOutbox().add(message(topic, id, event));
            eventIds.add(event.getMetadata().getEventId().toString());
        }
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(topic)) {
            mongo.save(aggregate);
            await().atMost(Duration.ofSeconds(10)).until(() -> reader.records().size() >= 5);
            await().atMost(Duration.ofSeconds(5)).until(() -> outboxOf("test_aggregates", id).isEmpty());
            assertThat(reader.records()).extracting(ConsumerRecord::key).containsOnly(id);
            assertThat(reader.records()).extracting(record -> eventId(record.value())).containsExactlyElementsOf(eventIds);
            assertThat(reader.records().get(0).headers().lastHeader("eventId")).isNotNull();
        }
        TestAggregate stored = mongo.findById(id, TestAggregate.class);
        assertThat(stored.getOutbox()).isEmpty();
        assertThat(stored.getName()).isEqualTo("first");
    }

    @Test
    void aCrashBetweenSendAndPullResendsWithTheSameEventIdAndTheConsumerDedupes() throws Exception {
        String collection = "crash_aggregates";
        String topic = "kit-test.dedupe";
        String id = "agg-" + UUID.randomUUID();
        PartnerDirectoryListingChanged event = TestEvents.listingChanged(id, 1, "crash");
        String eventId = event.getMetadata().getEventId().toString();
        mongo.getCollection(collection).insertOne(new Document("_id", id).append("outbox", List.of(
                mongo.getConverter().convertToMongoType(message(topic, id, event)))));
        Duration lease = Duration.ofMillis(300);
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(topic)) {
            OutboxStore crashing = releaseFailingWhile(lease, () -> true,
                    () -> new IllegalStateException("crash before $pull"));
            assertThatThrownBy(relay(crashing, collection)::relayOnce).hasMessageContaining("crash");
            assertThat(outboxOf(collection, id)).hasSize(1);

            OutboxRelay restarted = relay(new OutboxStore(mongo, Clock.systemUTC(), lease), collection);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> restarted.relayOnce() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> idsOf(reader, id).size() == 2);
            assertThat(idsOf(reader, id)).containsExactly(eventId, eventId);
            assertThat(outboxOf(collection, id)).isEmpty();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.dedupedEventIds().contains(eventId));
        assertThat(received.dedupedEventIds()).containsOnlyOnce(eventId);
    }

    @Test
    void aReleaseThatFailedIsRetriedAtTheNextRoundSoNothingWaitsForTheLeaseOrIsSentTwice() throws Exception {
        String collection = "unreleased_aggregates";
        String topic = "kit-test.twin";
        String id = "agg-" + UUID.randomUUID();
        PartnerDirectoryListingChanged event = TestEvents.listingChanged(id, 1, "unreleased");
        mongo.getCollection(collection).insertOne(new Document("_id", id).append("outbox", List.of(
                mongo.getConverter().convertToMongoType(message(topic, id, event)))));
        java.util.concurrent.atomic.AtomicBoolean databaseAway = new java.util.concurrent.atomic.AtomicBoolean(true);
        OutboxStore store = releaseFailingWhile(Duration.ofMinutes(10), databaseAway::get,
                () -> new org.springframework.dao.DataAccessResourceFailureException("database away"));
        OutboxRelay relay = relay(store, collection);
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(topic)) {
            assertThatThrownBy(relay::relayOnce).hasMessageContaining("database away");
            assertThat(outboxOf(collection, id)).hasSize(1);

            databaseAway.set(false);
            assertThat(relay.relayOnce()).as("nothing sent again").isZero();
            assertThat(outboxOf(collection, id)).isEmpty();
            assertThat(mongo.getCollection(collection).find(new Document("_id", id)).first())
                    .as("released long before its 10-minute lease").doesNotContainKey("outboxLease");
            await().atMost(Duration.ofSeconds(10)).until(() -> idsOf(reader, id).size() == 1);
            assertThat(idsOf(reader, id)).containsExactly(event.getMetadata().getEventId().toString());
        }
    }

    @Test
    void twoRelaysDoNotDoubleSend() throws Exception {
        String collection = "twin_aggregates";
        String topic = "kit-test.twin";
        int documents = 400;
        String run = UUID.randomUUID().toString();
        List<Document> docs = IntStream.range(0, documents).mapToObj(i -> {
            String id = run + "-" + i;
            return new Document("_id", id).append("outbox", List.of(
                    mongo.getConverter().convertToMongoType(message(topic, id, TestEvents.listingChanged(id, 1, "a"))),
                    mongo.getConverter().convertToMongoType(message(topic, id, TestEvents.listingChanged(id, 2, "b")))));
        }).toList();
        mongo.getCollection(collection).insertMany(docs);
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(topic)) {
            OutboxRelay one = relay(new OutboxStore(mongo, Clock.systemUTC(), Duration.ofSeconds(30)), collection, 10);
            OutboxRelay two = relay(new OutboxStore(mongo, Clock.systemUTC(), Duration.ofSeconds(30)), collection, 10);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<Integer> first = threads.submit(() -> { start.await(); return drain(one); });
            java.util.concurrent.Future<Integer> second = threads.submit(() -> { start.await(); return drain(two); });
            start.countDown();
            int sent = first.get() + second.get();
            threads.shutdown();
            assertThat(sent).isEqualTo(2 * documents);
            await().atMost(Duration.ofSeconds(20)).until(() -> ofRun(reader, run).size() >= 2 * documents);
            List<String> eventIds = ofRun(reader, run).stream().map(record -> eventId(record.value())).toList();
            assertThat(eventIds).hasSize(2 * documents).doesNotHaveDuplicates();
            System.out.printf("two relays: first sent %d, second sent %d%n", first.get(), second.get());
        }
    }

    @Test
    void pendingMessagesRoundTripThroughSpringDataMapping() {
        String id = "parked-" + UUID.randomUUID();
        TestAggregate aggregate = new TestAggregate(id, "parked");
        OutboxMessage message = message("kit-test.twin", id, TestEvents.listingChanged(id, 1, "parked"));
        aggregate.getOutbox().add(message);
        mongo.save(aggregate, "parked_aggregates");
        TestAggregate loaded = mongo.findById(id, TestAggregate.class, "parked_aggregates");
        assertThat(loaded.getOutbox()).containsExactly(message);
        assertThat(loaded.getOutbox().get(0).event()).isEqualTo(message.event());
        Document raw = mongo.getCollection("parked_aggregates").find(new Document("_id", id)).first();
        assertThat(StoredMessages.read(raw)).containsExactly(message);
    }

    @Test
    void anUnsendableMessageHoldsBackOnlyItsOwnDocument() throws Exception {
        String collection = "stuck_aggregates";
        String topic = "kit-test.relay-order";
        String stuck = "stuck-" + UUID.randomUUID();
        String fine = "fine-" + UUID.randomUUID();
        OutboxMessage good = message(topic, stuck, TestEvents.listingChanged(stuck, 2, "after"));
        OutboxMessage broken = new OutboxMessage(UUID.randomUUID().toString(), topic, stuck,
                "io.partnerhub.events.NoSuchEvent", new byte[]{1, 2, 3}, java.time.Instant.now());
        mongo.getCollection(collection).insertMany(List.of(
                new Document("_id", stuck).append("outbox", List.of(
                        mongo.getConverter().convertToMongoType(broken), mongo.getConverter().convertToMongoType(good))),
                new Document("_id", fine).append("outbox", List.of(mongo.getConverter().convertToMongoType(
                        message(topic, fine, TestEvents.listingChanged(fine, 1, "fine")))))));
        OutboxRelay relay = relay(new OutboxStore(mongo, Clock.systemUTC(), Duration.ofSeconds(30)), collection);
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(outboxOf(collection, fine)).isEmpty();
        assertThat(outboxOf(collection, stuck)).hasSize(2);
        assertThat(relay.relayOnce()).as("deferred by the retry delay, not claimed again at once").isZero();
        Document lease = (Document) mongo.getCollection(collection).find(new Document("_id", stuck)).first().get("outboxLease");
        assertThat(((java.util.Date) lease.get("until")).toInstant()).isAfter(java.time.Instant.now());
    }

    @Test
    void anUnreachableClusterKeepsEverythingAndGivesUpQuickly() {
        String collection = "unreachable_aggregates";
        List<Document> docs = IntStream.range(0, 3).mapToObj(i -> {
            String id = "down-" + UUID.randomUUID();
            return new Document("_id", id).append("outbox", List.of(mongo.getConverter().convertToMongoType(
                    message("kit-test.twin", id, TestEvents.listingChanged(id, 1, "x")))));
        }).toList();
        mongo.getCollection(collection).insertMany(docs);
        var factory = producersOfAnUnreachableCluster(300);
        try {
            OutboxProperties properties = new OutboxProperties(List.of(collection), null, null, null, null, null, null);
            OutboxRelay relay = new OutboxRelay(new OutboxRound(new OutboxStore(mongo, Clock.systemUTC(),
                    Duration.ofSeconds(30)), new KafkaTemplate<>(factory), new OutboxMetrics(null, Clock.systemUTC()),
                    properties), properties);
            long started = System.nanoTime();
            assertThat(relay.relayOnce()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            docs.forEach(doc -> assertThat(outboxOf(collection, doc.getString("_id"))).hasSize(1));
        } finally {
            factory.destroy();
        }
    }

    @Test
    void stoppingWhileARoundIsBlockedOnAnUnreachableClusterEndsWithinTheStopTimeoutAndKeepsTheMessages() {
        String collection = "blocked_stop_aggregates";
        String id = "blocked-" + UUID.randomUUID();
        mongo.getCollection(collection).insertOne(new Document("_id", id).append("outbox", List.of(
                mongo.getConverter().convertToMongoType(message("kit-test.blocked", id, TestEvents.listingChanged(id, 1, "x"))))));
        var factory = producersOfAnUnreachableCluster(60_000);
        try {
            OutboxProperties properties = new OutboxProperties(List.of(collection), null, null, null,
                    Duration.ofSeconds(60), null, Duration.ofSeconds(1));
            OutboxStore store = new OutboxStore(mongo, Clock.systemUTC(), Duration.ofSeconds(30));
            OutboxRelay relay = new OutboxRelay(new OutboxRound(store, new KafkaTemplate<>(factory),
                    new OutboxMetrics(null, Clock.systemUTC()), properties), properties);
            relay.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection(collection)
                    .find(new Document("_id", id)).first().get("outboxLease") != null);

            long started = System.nanoTime();
            relay.stop();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stop, the producer blocking for 60 s")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(outboxOf(collection, id)).as("the message it could not send").hasSize(1);
        } finally {
            factory.destroy();
        }
    }

    @Test
    void stoppingDrainsWhatIsPendingAndEndsTheThread() throws Exception {
        String collection = "stop_aggregates";
        String topic = "kit-test.stop";
        OutboxRelay relay = relay(new OutboxStore(mongo, Clock.systemUTC(), Duration.ofSeconds(30)), collection);
        relay.start();
        assertThat(relay.isRunning()).isTrue();
        String id = "agg-" + UUID.randomUUID();
        mongo.getCollection(collection).insertOne(new Document("_id", id).append("outbox", List.of(
                mongo.getConverter().convertToMongoType(message(topic, id, TestEvents.listingChanged(id, 1, "x"))))));
        relay.stop();
        assertThat(relay.isRunning()).isFalse();
        assertThat(outboxOf(collection, id)).isEmpty();
    }

    /** Producers with the service settings, for a cluster that does not answer; a send blocks up to {@code maxBlockMillis}. */
    private static org.springframework.kafka.core.DefaultKafkaProducerFactory<String, SpecificRecord>
            producersOfAnUnreachableCluster(int maxBlockMillis) {
        Map<String, Object> configs = new java.util.HashMap<>(Map.of(
                "bootstrap.servers", "127.0.0.1:1", "max.block.ms", maxBlockMillis,
                "schema.registry.url", io.partnerhub.platform.EmbeddedPlatform.shared().schemaRegistryUrl()));
        configs.putAll(io.partnerhub.kit.kafka.KafkaClientConfigs.producer(configs, null));
        var factory = new org.springframework.kafka.core.DefaultKafkaProducerFactory<String, SpecificRecord>(configs);
        factory.setPhysicalCloseTimeout(0);
        return factory;
    }

    /** A store whose release of sent messages (the bulk {@code $pull}) fails while {@code failing} says so. */
    private OutboxStore releaseFailingWhile(Duration lease, java.util.function.BooleanSupplier failing,
                                            java.util.function.Supplier<RuntimeException> failure) {
        return new OutboxStore(mongo, Clock.systemUTC(), lease) {
            @Override
            void complete(String name, Map<Object, List<String>> sent, java.util.Set<Object> unfinished,
                          Duration retryDelay) {
                if (failing.getAsBoolean()) {
                    throw failure.get();
                }
                super.complete(name, sent, unfinished, retryDelay);
            }
        };
    }

    private static int drain(OutboxRelay relay) {
        int total = 0;
        for (int sent = relay.relayOnce(); sent > 0; sent = relay.relayOnce()) {
            total += sent;
        }
        return total;
    }

    private OutboxRelay relay(OutboxStore store, String collection) {
        return relay(store, collection, 200);
    }

    private OutboxRelay relay(OutboxStore store, String collection, int batchSize) {
        OutboxProperties properties = new OutboxProperties(List.of(collection), Duration.ofSeconds(1),
                null, batchSize, Duration.ofSeconds(10), null, null);
        OutboxMetrics metrics = new OutboxMetrics(null, Clock.systemUTC());
        return new OutboxRelay(new OutboxRound(store, kafka, metrics, properties), properties);
    }

    private static OutboxMessage message(String topic, String key, SpecificRecord event) {
        OutboxMessage catalog = OutboxMessage.of(Topic.PARTNERS, key, event);
        return new OutboxMessage(catalog.eventId(), topic, key, catalog.type(), catalog.payload(), catalog.createdAt());
    }

    private List<?> outboxOf(String collection, String id) {
        Document document = mongo.getCollection(collection).find(new Document("_id", id)).first();
        return document.getList("outbox", Object.class, List.of());
    }

    private static List<String> idsOf(TopicReader<SpecificRecord> reader, String key) {
        return reader.records().stream().filter(record -> key.equals(record.key()))
                .map(record -> eventId(record.value())).toList();
    }

    private static List<ConsumerRecord<String, SpecificRecord>> ofRun(TopicReader<SpecificRecord> reader, String run) {
        return reader.records().stream().filter(record -> record.key().startsWith(run)).toList();
    }

    private static String eventId(SpecificRecord event) {
        return EventMetadatas.of(event).getEventId().toString();
    }
}
