package io.partnerhub.billing.it;

import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderLineDocument;
import io.partnerhub.billing.partnership.persistence.PartnershipDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.CollaboratorRightsFixture.withdrawn;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.limited;
import static io.partnerhub.billing.it.PartnershipEventsFixture.paymentModeChanged;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static io.partnerhub.billing.it.PartnershipEventsFixture.terminated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Billing's read models rebuild themselves from partnership-service's compacted state topics: with its
 * read models and their positions gone (as on an empty database) and the change topics truncated, the
 * state listeners read the state topics from the beginning, and orders attributed from the read model
 * get the same partner and the same cashback or discount as before.
 */
class StateTopicBootstrapIT extends BillingFlowSupport {

    private static final List<String> STATE_LISTENERS =
            List.of("billing-service-partnership-states", "billing-service-partner-states");
    private static final List<String> READ_MODELS = List.of("partnerships", "collaborator_rights",
            "partner_state_versions", "state_topic_positions");

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    CollaboratorRightsStore rights;

    @AfterEach
    void listenersRunAgain() {
        STATE_LISTENERS.forEach(id -> listeners.getListenerContainer(id).start());
    }

    @Test
    void anEmptiedReadModelRebuildsFromTheStateTopicsAndOrdersGetTheSameBenefitsAsBefore() throws Exception {
        Ids cashback = new Ids();
        PartnershipStarted fullAccess = started(cashback.partnership, cashback.partner, cashback.customer,
                full(PaymentMode.CUSTOMER));
        sendAndAwait(fullAccess);
        Ids limitedAccess = new Ids();
        sendAndAwait(started(limitedAccess.partnership, limitedAccess.partner, limitedAccess.customer,
                limited("WEB_HOSTING")));
        Ids partnerPays = new Ids();
        PartnershipStarted partnerPaying = started(partnerPays.partnership, partnerPays.partner, partnerPays.customer,
                full(PaymentMode.CUSTOMER));
        sendAndAwait(partnerPaying);
        sendAndAwait(paymentModeChanged(partnerPaying, 2, PaymentMode.PARTNER));
        Ids ended = new Ids();
        PartnershipStarted endedPartnership = started(ended.partnership, ended.partner, ended.customer,
                full(PaymentMode.CUSTOMER));
        sendAndAwait(endedPartnership);
        sendAndAwait(terminated(endedPartnership, 2));
        String ann = "ann-" + cashback.suffix;
        String bob = "bob-" + cashback.suffix;
        OWNER.confirm(granted(cashback.partner, ann, 1, cashback.customer));
        sendRights(granted(cashback.partner, ann, 1, cashback.customer));
        sendRights(granted(cashback.partner, bob, 2, cashback.customer));
        sendRights(withdrawn(cashback.partner, bob, 3, cashback.customer));
        List<Ids> customers = List.of(cashback, limitedAccess, partnerPays, ended);
        Map<String, PartnershipDocument> readModelBefore = readModel(customers);
        OWNER.stopped();
        Map<String, Map<String, Object>> ordersBefore = customersOrder(customers);

        truncate(Topic.PARTNERSHIPS, Topic.PARTNERS);
        STATE_LISTENERS.forEach(id -> stop(listeners.getListenerContainer(id)));
        READ_MODELS.forEach(collection -> mongo.remove(new Query(), collection));
        assertThat(mongo.findById(cashback.partnership, PartnershipDocument.class)).isNull();
        STATE_LISTENERS.forEach(id -> listeners.getListenerContainer(id).start());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(readModel(customers)).isEqualTo(readModelBefore));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(rights.find(cashback.partner, ann)).hasValueSatisfying(rights ->
                    assertThat(rights.mayManage(cashback.customer)).isTrue());
            assertThat(rights.find(cashback.partner, bob).filter(rights -> rights.mayManage(cashback.customer)))
                    .as("withdrawn: no longer listed in the partner's state").isEmpty();
        });
        Map<String, Map<String, Object>> ordersAfter = customersOrder(customers);
        assertThat(ordersAfter).isEqualTo(ordersBefore);
        assertThat(ordersBefore.get(cashback.customer)).containsEntry("partnerId", cashback.partner);
        assertThat(ordersBefore.get(cashback.customer)).containsEntry("benefit", "CASHBACK")
                .containsEntry("termsSource", "READ_MODEL");
        assertThat(ordersBefore.get(partnerPays.customer)).containsEntry("partnerId", partnerPays.partner);
        assertThat(ordersBefore.get(ended.customer)).doesNotContainKey("partnerId");
        awaitBalance(cashback.partner, "104.16");
    }

    private void sendRights(io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged change) {
        try {
            kafka.send(Topic.PARTNER_STATES.topicName(), change.getPartnerId(),
                    CollaboratorRightsFixture.stateAfter(change)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rights.version(change.getPartnerId(),
                change.getCollaboratorUserId()).orElse(0L) >= change.getMetadata().getAggregateVersion());
    }

    private Map<String, PartnershipDocument> readModel(List<Ids> customers) {
        Map<String, PartnershipDocument> documents = new HashMap<>();
        for (Ids ids : customers) {
            documents.put(ids.partnership, mongo.findById(ids.partnership, PartnershipDocument.class));
        }
        return documents;
    }

    /** Each customer orders the same web hosting itself (the owner is stopped: the read model decides). */
    private Map<String, Map<String, Object>> customersOrder(List<Ids> customers) {
        Map<String, Map<String, Object>> outcomes = new LinkedHashMap<>();
        for (Ids ids : customers) {
            Map<String, Object> order = post("/orders", legalRep(ids.customer),
                    order(ids.customer, "CHF", null, "web-hosting", 35), null).getResponseBody();
            Map<String, Object> outcome = new LinkedHashMap<>();
            if (order.get("partnerId") != null) {
                outcome.put("partnerId", order.get("partnerId"));
                outcome.put("partnershipId", order.get("partnershipId"));
                outcome.put("termsSource", order.get("termsSource"));
            }
            for (String field : List.of("total", "paidBy")) {
                outcome.put(field, order.get(field));
            }
            // the benefit as stored (the customer's view of the order does not show the partner's benefit)
            OrderLineDocument line = mongo.findById((String) order.get("orderId"), OrderDocument.class).lines().get(0);
            outcome.put("pricePaid", line.pricePaid());
            outcome.put("benefit", line.benefit());
            outcome.put("benefitAmount", line.benefitAmount());
            outcome.put("reason", line.reason());
            outcomes.put(ids.customer, outcome);
        }
        return outcomes;
    }

    /** Deletes every record of the topics, as their 30-day retention eventually does. */
    private static void truncate(Topic... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedPlatform.shared().kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (Topic topic : topics) {
                IntStream.range(0, topic.partitions())
                        .forEach(partition -> latest.put(new TopicPartition(topic.topicName(), partition),
                                OffsetSpec.latest()));
            }
            Map<TopicPartition, RecordsToDelete> everything = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) ->
                    everything.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(everything).all().get();
            admin.listOffsets(latest.keySet().stream().collect(HashMap<TopicPartition, OffsetSpec>::new,
                    (specs, partition) -> specs.put(partition, OffsetSpec.earliest()), Map::putAll))
                    .all().get().forEach((partition, start) ->
                            assertThat(start.offset()).as("first offset of %s", partition)
                                    .isEqualTo(everything.get(partition).beforeOffset()));
        }
    }

    private static void stop(MessageListenerContainer container) {
        container.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> !container.isRunning());
    }
}
