package io.partnerhub.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RetryListener;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the kit's error handler did with each failed record, by record key: the delivery attempts
 * that failed and whether the record was recovered (dead-lettered). Called on the consumer threads.
 */
public final class FailedDeliveries implements RetryListener {

    private final Map<String, List<Integer>> attempts = new ConcurrentHashMap<>();
    private final Set<String> recovered = ConcurrentHashMap.newKeySet();

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        attempts.computeIfAbsent(String.valueOf(record.key()), key -> new CopyOnWriteArrayList<>()).add(deliveryAttempt);
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        recovered.add(String.valueOf(record.key()));
    }

    public List<Integer> attemptsOf(String key) {
        return List.copyOf(attempts.getOrDefault(key, List.of()));
    }

    public boolean recovered(String key) {
        return recovered.contains(key);
    }
}
