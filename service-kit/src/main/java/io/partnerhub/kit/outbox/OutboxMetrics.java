package io.partnerhub.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

/**
 * Outbox meters: {@code partnerhub.outbox.sent} / {@code .failed} (counts),
 * {@code partnerhub.outbox.delay} (event occurred → Kafka acknowledged: the latency the outbox adds),
 * and per collection {@code partnerhub.outbox.backlog} (documents with pending messages, counted on
 * scrape) and {@code partnerhub.outbox.oldest.age} (seconds; the oldest message the latest round
 * found, 0 when it found none — grows while Kafka is unreachable).
 */
class OutboxMetrics {

    private final MeterRegistry meters;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Timer delay;
    private final Map<String, AtomicReference<Instant>> oldest = new ConcurrentHashMap<>();

    OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.meters = registry != null ? registry : new SimpleMeterRegistry();
        this.clock = clock;
        this.sent = meters.counter("partnerhub.outbox.sent");
        this.failed = meters.counter("partnerhub.outbox.failed");
        this.delay = Timer.builder("partnerhub.outbox.delay").publishPercentiles(0.5, 0.99).register(meters);
    }

    void backlog(String collection, ToLongFunction<String> countPending) {
        Gauge.builder("partnerhub.outbox.backlog", () -> countPending.applyAsLong(collection))
                .tag("collection", collection).register(meters);
        AtomicReference<Instant> holder = oldest.computeIfAbsent(collection, c -> new AtomicReference<>());
        Gauge.builder("partnerhub.outbox.oldest.age", holder, this::ageSeconds)
                .tag("collection", collection).baseUnit("seconds").register(meters);
    }

    void oldestPending(String collection, Instant oldestOrNull) {
        oldest.computeIfAbsent(collection, c -> new AtomicReference<>()).set(oldestOrNull);
    }

    void sent(Instant createdAt) {
        sent.increment();
        if (createdAt != null) {
            delay.record(Duration.between(createdAt, clock.instant()).abs());
        }
    }

    void failed() {
        failed.increment();
    }

    private double ageSeconds(AtomicReference<Instant> holder) {
        Instant instant = holder.get();
        return instant == null ? 0 : Math.max(0, Duration.between(instant, clock.instant()).toMillis() / 1000.0);
    }
}
