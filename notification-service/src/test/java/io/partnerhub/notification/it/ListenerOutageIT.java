package io.partnerhub.notification.it;

import io.partnerhub.testing.FailedDeliveries;
import io.partnerhub.testing.TcpRelay;
import com.mongodb.ConnectionString;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database outage while each listener stores its events (its own context: MongoDB is reached
 * through a {@link TcpRelay} the test cuts; consumer groups of its own, closed after the class so
 * it does not email what the shared context's tests publish): the records are retried, the emails
 * stored once when the database is back, and nothing is dead-lettered.
 */
@DirtiesContext
class ListenerOutageIT extends FlowIntegrationTest {

    private static final String DATABASE = "notification-outage-it";
    private static final TcpRelay MONGO = relayToMongo();

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO.port() + "/" + DATABASE
                + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=3000");
        registry.add("spring.mongodb.database", () -> DATABASE);
        registry.add("partnerhub.kafka.retry.transient-backoff", () -> "300ms");
        // groups of its own, from now on: the shared context's listeners go on consuming in theirs
        registry.add("partnerhub.notification.consumer-group-suffix", () -> "-outage-it");
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
    }

    @RegisterExtension
    final FailedDeliveries failures = new FailedDeliveries();

    @AfterEach
    void mendTheDatabase() {
        MONGO.mend();
    }

    @Test
    void eachListenerRetriesThroughADatabaseOutageAndStoresAndSendsOnceWhenItIsBack() throws Exception {
        String invitationKey = "outage-inv-" + UUID.randomUUID();
        String invitationSender = ListenerErrorHandlingIT.unique("outage-invitation");
        InvitationDeclined declined = EventFixture.invitationDeclined(to(invitationSender, Language.EN));
        declined.getMetadata().setAggregateId(invitationKey);
        String tenderKey = "outage-tender-" + UUID.randomUUID();
        String requester = ListenerErrorHandlingIT.unique("outage-tender");
        TenderSubmitted submitted = EventFixture.tenderSubmitted("Outage", to(requester, Language.EN));
        submitted.getMetadata().setAggregateId(tenderKey);
        String partnerId = "outage-p-" + UUID.randomUUID();
        String partner = ListenerErrorHandlingIT.unique("outage-offer");
        TenderOffered offered = EventFixture.tenderOffered("t-outage", partnerId, "Outage", to(partner, Language.EN));
        String subscriptionKey = "outage-sub-" + UUID.randomUUID();
        SubscriptionRenewalReminder reminder = EventFixture.renewalReminder(subscriptionKey,
                to(ListenerErrorHandlingIT.unique("outage-subscription"), Language.EN));

        try (TopicProbe<byte[]> invitationDeadLetters = TopicProbe.raw(Topic.INVITATIONS.deadLetterName());
             TopicProbe<byte[]> tenderDeadLetters = TopicProbe.raw(Topic.TENDERS.deadLetterName());
             TopicProbe<byte[]> offerDeadLetters = TopicProbe.raw(Topic.TENDER_OFFERS.deadLetterName());
             TopicProbe<byte[]> subscriptionDeadLetters = TopicProbe.raw(Topic.SUBSCRIPTIONS.deadLetterName())) {
            listeners.getListenerContainers().forEach(container -> await().atMost(Duration.ofSeconds(60))
                    .until(() -> !container.getAssignedPartitions().isEmpty()));
            MONGO.cut();
            kafka.send(Topic.INVITATIONS.topicName(), invitationKey, declined);
            kafka.send(Topic.TENDERS.topicName(), tenderKey, submitted);
            kafka.send(Topic.TENDER_OFFERS.topicName(), partnerId, offered);
            kafka.send(Topic.SUBSCRIPTIONS.topicName(), subscriptionKey, reminder);
            kafka.flush();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(failures.attemptsOf(invitationKey)).hasSizeGreaterThanOrEqualTo(3);
                assertThat(failures.attemptsOf(tenderKey)).hasSizeGreaterThanOrEqualTo(3);
                assertThat(failures.attemptsOf(partnerId)).hasSizeGreaterThanOrEqualTo(3);
                assertThat(failures.attemptsOf(subscriptionKey)).hasSizeGreaterThanOrEqualTo(3);
            });
            MONGO.mend();

            // the shared context (its own groups, its own database) emails these events too: count stored deliveries
            for (SpecificRecord event : List.<SpecificRecord>of(declined, submitted, offered, reminder)) {
                String eventId = ((io.partnerhub.events.common.EventMetadata) event.get(0)).getEventId().toString();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(deliveries.search(null, eventId, null, 10)).as("stored once").hasSize(1));
            }
            assertThat(failures.recovered(invitationKey) || failures.recovered(tenderKey)
                    || failures.recovered(partnerId) || failures.recovered(subscriptionKey)).as("none given up").isFalse();
            assertThat(invitationDeadLetters.poll()).noneMatch(record -> invitationKey.equals(record.key()));
            assertThat(tenderDeadLetters.poll()).noneMatch(record -> tenderKey.equals(record.key()));
            assertThat(offerDeadLetters.poll()).noneMatch(record -> partnerId.equals(record.key()));
            assertThat(subscriptionDeadLetters.poll()).noneMatch(record -> subscriptionKey.equals(record.key()));
        }
    }

    private static TcpRelay relayToMongo() {
        ConnectionString mongo = new ConnectionString(EmbeddedPlatform.shared().mongoUri(DATABASE));
        String[] hostAndPort = mongo.getHosts().get(0).split(":");
        try {
            return new TcpRelay(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
