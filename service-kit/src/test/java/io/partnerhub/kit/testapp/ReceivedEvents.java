package io.partnerhub.kit.testapp;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test listeners handled, in order. */
@Component
public class ReceivedEvents {

    private final List<ConsumerRecord<String, SpecificRecord>> poisonTopic = new CopyOnWriteArrayList<>();
    private final List<String> dedupedEventIds = new CopyOnWriteArrayList<>();
    private final List<String> correlationIds = new CopyOnWriteArrayList<>();
    private final List<String> batchKeys = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, String> traceIds = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> failures =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Set<String> fixed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** From now on the record with this key is processed (its cause was fixed). */
    public void fix(String key) {
        fixed.add(key);
    }

    public boolean isFixed(String key) {
        return fixed.contains(key);
    }

    /** Counts a failed delivery of the record with this key; returns the count so far. */
    public int countFailure(String key) {
        return failures.computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
    }

    public List<String> batchKeys() {
        return batchKeys;
    }

    public List<ConsumerRecord<String, SpecificRecord>> poisonTopic() {
        return poisonTopic;
    }

    public List<String> dedupedEventIds() {
        return dedupedEventIds;
    }

    /** Record key → trace id of the listener's current span while it handled the record. */
    public java.util.Map<String, String> traceIds() {
        return traceIds;
    }

    public List<String> correlationIds() {
        return correlationIds;
    }
}
