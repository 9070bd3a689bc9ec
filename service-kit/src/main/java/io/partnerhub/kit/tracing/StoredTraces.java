package io.partnerhub.kit.tracing;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Continues a stored trace. Work that a request or an event only records (an outbox event, a
 * fan-out, an email) is done later on another thread: the {@code traceparent} stored with it is
 * restored as the parent of a short observation around that work, so the spans it opens (a Kafka
 * producer's, with the {@code traceparent} header it writes) belong to the original trace.
 */
public class StoredTraces {

    private final ObservationRegistry registry;

    public StoredTraces(ObservationRegistry registry) {
        this.registry = registry != null ? registry : ObservationRegistry.NOOP;
    }

    /** Not tracing at all (tests of parts that do not care). */
    public static StoredTraces none() {
        return new StoredTraces(ObservationRegistry.NOOP);
    }

    /**
     * Runs {@code work} in an observation named {@code name} (its metric name; the span is called
     * {@code spanName}) whose parent is {@code traceparent}; just runs it when that is null.
     */
    public <T> T within(String traceparent, String name, String spanName, Supplier<T> work) {
        return within(traceparent, name, spanName, KeyValues.empty(), work);
    }

    /** As {@link #within(String, String, String, Supplier)}, with low-cardinality tags on metric and span. */
    public <T> T within(String traceparent, String name, String spanName, KeyValues tags, Supplier<T> work) {
        if (traceparent == null || registry.isNoop()) {
            return work.get();
        }
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
        context.setCarrier(Map.of(TraceParent.HEADER, traceparent));
        return Observation.createNotStarted(name, () -> context, registry)
                .contextualName(spanName)
                .lowCardinalityKeyValues(tags)
                .observe(work);
    }
}
