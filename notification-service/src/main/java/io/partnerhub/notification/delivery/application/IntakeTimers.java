package io.partnerhub.notification.delivery.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Where intake time goes, as timer {@code partnerhub.notification.intake} by {@code step}:
 * {@code render} (templates), {@code store} (MongoDB) and {@code accept} (the whole call, so the
 * rest of a listener thread's time is Kafka and the container).
 */
@Component
class IntakeTimers {

    static final String NAME = "partnerhub.notification.intake";

    private final Timer render;
    private final Timer store;
    private final Timer accept;

    IntakeTimers(MeterRegistry meters) {
        this.render = timer(meters, "render");
        this.store = timer(meters, "store");
        this.accept = timer(meters, "accept");
    }

    void rendered(long sinceNanos) {
        render.record(System.nanoTime() - sinceNanos, TimeUnit.NANOSECONDS);
    }

    void stored(long sinceNanos) {
        store.record(System.nanoTime() - sinceNanos, TimeUnit.NANOSECONDS);
    }

    void accepted(long sinceNanos) {
        accept.record(System.nanoTime() - sinceNanos, TimeUnit.NANOSECONDS);
    }

    private static Timer timer(MeterRegistry meters, String step) {
        return Timer.builder(NAME).description("Time the intake spends per step (render, store, accept)")
                .tag("step", step).register(meters);
    }
}
