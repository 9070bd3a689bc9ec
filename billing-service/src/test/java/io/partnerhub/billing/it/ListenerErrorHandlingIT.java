package io.partnerhub.billing.it;

import io.partnerhub.testing.ListenerContainers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.CommonErrorHandler;

/** No billing listener falls back to Spring Kafka's default "log and skip": each uses the kit's error handler. */
class ListenerErrorHandlingIT extends BillingIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry registry;
    @Autowired
    CommonErrorHandler kitErrorHandler;

    @Test
    void everyListenerRetriesAndDeadLettersTheKitsWay() {
        ListenerContainers.assertEveryOneUses(registry, kitErrorHandler);
    }
}
