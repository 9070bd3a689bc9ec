package io.partnerhub.billing.it;

import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.billing.partnership.persistence.PartnershipDocument;
import io.partnerhub.billing.subscription.persistence.SubscriptionDocument;
import io.partnerhub.billing.volume.persistence.VolumeDocument;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.testing.FailedDeliveries;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A database outage while each listener receives records (the shared context reaches MongoDB through
 * the {@link TcpRelay} of {@link BillingIntegrationTest}, cut here and mended): every record is
 * retried while the database is away, applied exactly once when it is back, and none is dead-lettered.
 */
class ListenerOutageIT extends BillingFlowSupport {

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    CollaboratorRightsStore rights;

    @RegisterExtension
    final FailedDeliveries failures = new FailedDeliveries();
    private MessageListenerContainer ordersListener;

    @BeforeEach
    void findTheOrdersListener() {
        ordersListener = listeners.getListenerContainer("billing-service-orders");
    }

    @AfterEach
    void mendTheDatabaseAndResumeOrders() {
        MONGO.mend();
        ordersListener.resume();
    }

    @Test
    void eachListenerRetriesThroughADatabaseOutageAndAppliesEachRecordOnceWhenItIsBack() throws Exception {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        // an order stored and its OrderPlaced on the topic, which the orders listener reads only during the outage
        ordersListener.pause();
        await().atMost(Duration.ofSeconds(30)).until(ordersListener::isContainerPaused);
        String orderId = (String) post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null,
                "web-hosting", 1), null).getResponseBody().get("orderId");
        PublishedEvents.awaitEvent(Topic.ORDERS, orderId, OrderPlaced.class);
        Ids other = new Ids();
        PartnershipStarted secondPartnership = started(other.partnership, ids.partner, other.customer,
                full(PaymentMode.CUSTOMER));
        String bob = "bob-" + ids.suffix;
        PartnerCollaboratorRightsChanged grant = granted(ids.partner, bob, 1, ids.customer);

        try (TopicProbe<byte[]> partnershipDeadLetters = TopicProbe.raw(Topic.PARTNERSHIP_STATES.deadLetterName());
             TopicProbe<byte[]> partnerDeadLetters = TopicProbe.raw(Topic.PARTNER_STATES.deadLetterName());
             TopicProbe<byte[]> orderDeadLetters = TopicProbe.raw(Topic.ORDERS.deadLetterName())) {
            MONGO.cut();
            kafka.send(Topic.PARTNERSHIP_STATES.topicName(), other.partnership,
                    PartnershipEventsFixture.stateAfter(secondPartnership)).get();
            kafka.send(Topic.PARTNER_STATES.topicName(), ids.partner, CollaboratorRightsFixture.stateAfter(grant)).get();
            ordersListener.resume();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(failures.attemptsOf(other.partnership)).hasSizeGreaterThanOrEqualTo(3);
                assertThat(failures.attemptsOf(ids.partner)).hasSizeGreaterThanOrEqualTo(3);
                assertThat(failures.attemptsOf(orderId)).hasSizeGreaterThanOrEqualTo(3);
            });
            MONGO.mend();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                PartnershipDocument partnership = mongo.findById(other.partnership, PartnershipDocument.class);
                assertThat(partnership).isNotNull();
                assertThat(partnership.aggregateVersion()).isEqualTo(1);
                assertThat(partnership.live()).isTrue();
                assertThat(rights.version(ids.partner, bob)).contains(1L);
            });
            awaitBalance(ids.partner, "1.98");
            // applied once, and it stays so: one cashback credit, the order counted once, one subscription
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(mongo.find(Query.query(where("partnerId").is(ids.partner)), LedgerEntryDocument.class))
                        .extracting(entry -> entry.type() + " " + entry.orderId() + " " + entry.amount())
                        .containsExactly("CASHBACK_CREDIT " + orderId + " 1.98");
                assertThat(mongo.find(Query.query(where("partnerId").is(ids.partner)), VolumeDocument.class))
                        .singleElement().satisfies(volume -> assertThat(volume.countedOrders()).containsExactly(orderId));
                assertThat(mongo.find(Query.query(where("customerId").is(ids.customer)), SubscriptionDocument.class))
                        .singleElement().satisfies(subscription -> {
                            assertThat(subscription.appliedOrderIds()).containsExactly(orderId);
                            assertThat(subscription.periodsPaid()).isEqualTo(1);
                        });
            });
            assertThat(failures.recovered(other.partnership) || failures.recovered(ids.partner)
                    || failures.recovered(orderId)).as("none given up").isFalse();
            assertThat(partnershipDeadLetters.latestWithKey(other.partnership)).isEmpty();
            assertThat(partnerDeadLetters.latestWithKey(ids.partner)).isEmpty();
            assertThat(orderDeadLetters.latestWithKey(orderId)).isEmpty();
        }
    }
}
