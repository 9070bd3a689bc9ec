package io.partnerhub.kit.outbox;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.TopicReader;
import io.partnerhub.kit.testapp.TestAggregate;
import io.partnerhub.kit.testapp.TestEvents;
import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay against the rate its aggregates are written: 5,000 aggregates, each with one
 * outbox message, inserted one by one as a service does; the relay must drain them at 0.8× the
 * write rate or better (writes start → last event read back from Kafka), and the lag from an
 * aggregate's write to its event on the topic must stay under 200 ms at p99.
 */
@KitIT
class OutboxRelayBenchmarkIT {

    static final int EVENTS = 5_000;
    static final String TOPIC = "kit-test.bench";

    @Autowired
    MongoTemplate mongo;

    record Sample(double writeRate, double drainRate, double lagP99Millis) {
    }

    @Test
    void relayDrainAndLagAgainstTheWriteRate() {
        run(); // warm-up, not reported
        List<Sample> samples = BenchmarkResults.repeat(this::run);
        double writes = BenchmarkResults.median(samples.stream().map(Sample::writeRate).toList());
        double drain = BenchmarkResults.median(samples.stream().map(Sample::drainRate).toList());
        BenchmarkResults.record(BenchmarkRow.ratioAtLeast("outbox relay drain (5,000 aggregates)", drain, writes,
                "write rate", "events/s", 0.8));
        BenchmarkResults.record(BenchmarkRow.below("outbox relay lag p99", BenchmarkResults.median(
                samples.stream().map(Sample::lagP99Millis).toList()), "ms", 200));
    }

    private Sample run() {
        String run = UUID.randomUUID().toString();
        Map<String, Long> written = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        try (TopicReader<SpecificRecord> reader = TopicReader.avro(TOPIC, record -> {
            if (record.key().startsWith(run)) {
                receivedAt.putIfAbsent(EventMetadatas.of(record.value()).getEventId().toString(), System.nanoTime());
            }
        })) {
            long start = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                String id = run + "-" + i;
                TestAggregate aggregate = new TestAggregate(id, "bench");
                SpecificRecord event = TestEvents.listingChanged(id, 1, "bench");
                OutboxMessage message = OutboxMessage.of(Topic.PARTNERS, id, event);
                aggregate.getOutbox().add(new OutboxMessage(message.eventId(), TOPIC, id, message.type(),
                        message.payload(), message.createdAt()));
                written.put(message.eventId(), System.nanoTime());
                mongo.insert(aggregate);
            }
            long writesDone = System.nanoTime();
            await().atMost(Duration.ofSeconds(120)).until(() -> receivedAt.size() >= EVENTS);
            long end = System.nanoTime();
            long[] lags = written.entrySet().stream()
                    .mapToLong(entry -> receivedAt.get(entry.getKey()) - entry.getValue()).sorted().toArray();
            assertThat(lags).hasSize(EVENTS);
            return new Sample(EVENTS / ((writesDone - start) / 1e9), EVENTS / ((end - start) / 1e9),
                    lags[(int) Math.ceil(0.99 * lags.length) - 1] / 1e6);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
