package io.partnerhub.kit.outbox;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends an outbox record inside the trace that created its event. The relay runs on its own thread,
 * long after the request: the stored {@code traceparent} is restored as the parent of a short
 * {@code partnerhub.outbox.relay} observation, so the KafkaTemplate's producer span (and the
 * {@code traceparent} header it writes) and then the consumer's span belong to the original trace.
 */
class OutboxTracing {

    static final String OBSERVATION = "partnerhub.outbox.relay";

    private final ObservationRegistry registry;

    OutboxTracing(ObservationRegistry registry) {
        this.registry = registry != null ? registry : ObservationRegistry.NOOP;
    }

    <T> T within(OutboxMessage message, Supplier<T> send) {
        if (message.traceparent() == null || registry.isNoop()) {
            return send.get();
        }
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
        context.setCarrier(Map.of(TraceParent.HEADER, message.traceparent()));
        return Observation.createNotStarted(OBSERVATION, () -> context, registry)
                .contextualName("outbox relay " + message.topic())
                .lowCardinalityKeyValue("topic", message.topic())
                .observe(send);
    }
}
