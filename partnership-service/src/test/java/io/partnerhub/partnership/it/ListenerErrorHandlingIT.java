package io.partnerhub.partnership.it;

import io.partnerhub.testing.ListenerContainers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.CommonErrorHandler;

/** No Kafka listener of the service falls back to Spring Kafka's default "log and skip". */
@PartnershipServiceIT
class ListenerErrorHandlingIT {

    @Autowired
    KafkaListenerEndpointRegistry registry;
    @Autowired
    CommonErrorHandler kitErrorHandler;

    @Test
    void everyListenerRetriesThenDeadLettersWithTheKitsHandler() {
        ListenerContainers.assertEveryOneUses(registry, kitErrorHandler);
    }
}
