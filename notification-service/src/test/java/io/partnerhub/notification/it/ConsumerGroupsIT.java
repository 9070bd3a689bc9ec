package io.partnerhub.notification.it;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** Consumer groups are named {@code notification-service-<what>}, and each listener's id is its group id. */
class ConsumerGroupsIT extends FlowIntegrationTest {

    @Test
    void everyListenerConsumesInAGroupOfItsOwnNamedAfterTheService() {
        assertThat(listeners.getListenerContainers())
                .extracting(MessageListenerContainer::getListenerId)
                .containsExactlyInAnyOrder("notification-service-partnership", "notification-service-tender",
                        "notification-service-tender-offer", "notification-service-subscription");
        assertThat(listeners.getListenerContainers()).allSatisfy(container ->
                assertThat(container.getGroupId()).isEqualTo(container.getListenerId()));
    }
}
