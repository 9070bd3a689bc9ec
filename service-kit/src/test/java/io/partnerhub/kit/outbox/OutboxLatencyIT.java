package io.partnerhub.kit.outbox;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.TopicReader;
import io.partnerhub.kit.testapp.TestAggregate;
import io.partnerhub.kit.testapp.TestEvents;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Benchmark-style: prints (does not assert) throughput and write→receive latency of the outbox path. */
@KitIT
class OutboxLatencyIT {

    static final int EVENTS = 5_000;
    static final String TOPIC = "kit-test.bench";

    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresRelayThroughputAndLatency() throws Exception {
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
            long[] latencies = written.entrySet().stream()
                    .mapToLong(entry -> receivedAt.get(entry.getKey()) - entry.getValue()).sorted().toArray();
            double seconds = (end - start) / 1e9;
            System.out.printf("OUTBOX BENCHMARK: %d events; writes %.0f/s; end-to-end %.0f events/s; "
                            + "write->receive latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    EVENTS, EVENTS / ((writesDone - start) / 1e9), EVENTS / seconds,
                    percentile(latencies, 0.50), percentile(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
            assertThat(latencies).hasSize(EVENTS);
        }
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1e6;
    }
}
