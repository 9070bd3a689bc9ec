package io.partnerhub.notification.it;

import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.EmbeddedPlatformExtension;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The one Spring context the Kafka → SMTP tests share: the real service against the embedded
 * platform (Kafka, registry, Mongo, GreenMail, token issuer) and the {@link OwnerStandIn} for the
 * owners' checks (everything open and live unless a test says otherwise).
 */
@ExtendWith({EmbeddedPlatformExtension.class, OwnerStandInExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "partnerhub.public-base-url=https://partners.example.test",
        "partnerhub.notification.tender-base-url=https://tenders.example.test",
        "spring.mongodb.database=notification-flow-it",
        "partnerhub.notification.checks.recheck-delay=1s",
        "partnerhub.link-tokens.keys=" + FlowIntegrationTest.LINK_TOKEN_KEYS})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
public abstract class FlowIntegrationTest {

    /** The key the producers seal link secrets with in these tests (a real deployment's comes from LINK_TOKEN_KEYS). */
    public static final String LINK_TOKEN_KEYS = "flow:bm90aWZpY2F0aW9uIGZsb3cgdGVzdCBrZXkgMzIgYnk=";

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    RestTestClient client;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    final Inbox inbox = new Inbox(EmbeddedPlatform.shared().smtp());

    final OwnerStandIn owners = OwnerStandIn.shared();

    /**
     * Publishes while the listener is paused, so that what is published (on one partition) reaches
     * the batch listener together, in one poll.
     */
    void publishTogether(String listenerId, Runnable publishing) {
        MessageListenerContainer container = listeners.getListenerContainer(listenerId);
        container.pause();
        await().atMost(Duration.ofSeconds(30)).until(container::isContainerPaused);
        try {
            publishing.run();
            kafka.flush();
        } finally {
            container.resume();
        }
    }

    void publish(String topic, SpecificRecord event) {
        io.partnerhub.events.common.EventMetadata metadata =
                (io.partnerhub.events.common.EventMetadata) event.get(0);
        kafka.send(topic, metadata.getAggregateId(), event);
    }
}
