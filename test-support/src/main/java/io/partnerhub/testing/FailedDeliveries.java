package io.partnerhub.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the kit's error handler did with each failed record, by record key: the delivery attempts
 * that failed and whether the record was recovered (dead-lettered). Called on the consumer threads.
 * Register it as an extension ({@code @RegisterExtension final FailedDeliveries failures = new
 * FailedDeliveries();}): it listens to the test context's {@link DefaultErrorHandler} during each test.
 */
public final class FailedDeliveries implements RetryListener, BeforeEachCallback, AfterEachCallback {

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

    @Override
    public void beforeEach(ExtensionContext context) {
        attempts.clear();
        recovered.clear();
        kitErrorHandler(context).setRetryListeners(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        kitErrorHandler(context).setRetryListeners();
    }

    public List<Integer> attemptsOf(String key) {
        return List.copyOf(attempts.getOrDefault(key, List.of()));
    }

    public boolean recovered(String key) {
        return recovered.contains(key);
    }

    private static DefaultErrorHandler kitErrorHandler(ExtensionContext context) {
        CommonErrorHandler handler = SpringExtension.getApplicationContext(context).getBean(CommonErrorHandler.class);
        if (!(handler instanceof DefaultErrorHandler kitHandler)) {
            throw new IllegalStateException("Expected the kit's DefaultErrorHandler, found " + handler.getClass());
        }
        return kitHandler;
    }
}
