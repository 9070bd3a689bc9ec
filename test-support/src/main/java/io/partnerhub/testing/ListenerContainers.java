package io.partnerhub.testing;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether every Kafka listener of a running service handles failures the kit's way (bounded
 * retries, then the dead-letter topic; outages retried until they end), and none falls back to
 * Spring Kafka's default, which logs a failed record and skips it after ten tries.
 */
public final class ListenerContainers {

    private ListenerContainers() {
    }

    /**
     * Fails, naming them, when a listener container has no error handler or another than
     * {@code kitHandler} (the application's {@link CommonErrorHandler} bean, the kit's); also when
     * there is no listener at all, as a service that consumes nothing has no business calling this.
     */
    public static void assertEveryOneUses(KafkaListenerEndpointRegistry registry, CommonErrorHandler kitHandler) {
        List<String> wrong = new ArrayList<>();
        int containers = 0;
        for (MessageListenerContainer container : registry.getAllListenerContainers()) {
            containers++;
            CommonErrorHandler handler = container instanceof AbstractMessageListenerContainer<?, ?> concrete
                    ? concrete.getCommonErrorHandler() : null;
            if (handler != kitHandler) {
                wrong.add(container.getListenerId() + " (group " + container.getGroupId() + ") uses "
                        + (handler == null ? "Spring Kafka's default: log and skip" : handler.getClass().getName()));
            }
        }
        if (containers == 0) {
            throw new AssertionError("no Kafka listener container is registered");
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("listeners without the kit's error handling (retries, then the DLT):\n  "
                    + String.join("\n  ", wrong));
        }
    }
}
