package io.partnerhub.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code partnerhub.outbox.sent} (count), {@code partnerhub.outbox.failed} (count) and
 * {@code partnerhub.outbox.delay} (event occurred → Kafka acknowledged: the outbox's added latency).
 */
class OutboxMetrics {

    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Timer delay;

    OutboxMetrics(MeterRegistry registry, Clock clock) {
        MeterRegistry meters = registry != null ? registry : new SimpleMeterRegistry();
        this.clock = clock;
        this.sent = meters.counter("partnerhub.outbox.sent");
        this.failed = meters.counter("partnerhub.outbox.failed");
        this.delay = Timer.builder("partnerhub.outbox.delay").publishPercentiles(0.5, 0.99).register(meters);
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
}
