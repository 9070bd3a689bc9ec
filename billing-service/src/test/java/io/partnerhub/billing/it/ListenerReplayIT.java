package io.partnerhub.billing.it;

import com.mongodb.client.model.Filters;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.testing.ConsumerGroupReplay;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.CollaboratorRightsFixture.withdrawn;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.paymentModeChanged;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each listener's consumer group reset to offset 0 and its whole topic read again (as ops would after
 * an incident): the database is exactly as it was — no second cashback, ledger entry, counted order,
 * subscription period or read-model version.
 */
class ListenerReplayIT extends BillingFlowSupport {

    private static final List<String> STATE_LISTENERS =
            List.of("billing-service-partnership-states", "billing-service-partner-states");
    private static final List<String> LISTENERS =
            List.of(STATE_LISTENERS.get(0), STATE_LISTENERS.get(1), "billing-service-orders");

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void replayingEachListenersTopicFromOffsetZeroLeavesTheDatabaseAsItWas() throws Exception {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER));
        sendAndAwait(started);
        String bob = "bob-" + ids.suffix;
        confirmRights(granted(ids.partner, bob, 1, ids.customer));
        confirmRights(withdrawn(ids.partner, bob, 2, ids.customer));
        String orderId = (String) post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null,
                "web-hosting", 1), null).getResponseBody().get("orderId");
        awaitBalance(ids.partner, "1.98");
        // the renewal adds a second period to the order's subscription and a second cashback
        assertThat(post("/orders/" + orderId + "/renewals", legalRep(ids.customer), Map.of(), null).getStatus()
                .value()).isEqualTo(201);
        awaitBalance(ids.partner, "3.96");
        sendAndAwait(paymentModeChanged(started, 2, PaymentMode.PARTNER));
        await().atMost(Duration.ofSeconds(30)).until(() -> subscriptionPeriods(ids) == 2
                && documents("collaborator_rights", Filters.eq("partnerId", ids.partner)).stream()
                .anyMatch(rights -> Boolean.TRUE.equals(rights.getBoolean("withdrawn"))));
        Map<String, List<Document>> before = snapshot(ids);
        assertThat(before.get("wallet_entries")).hasSize(2);

        for (String listener : LISTENERS) {
            MessageListenerContainer container = listeners.getListenerContainer(listener);
            if (STATE_LISTENERS.contains(listener)) {
                // a state listener resumes where billing's database stands, not at the group's offsets
                container.stop();
                await().atMost(Duration.ofSeconds(60)).until(() -> !container.isRunning());
                mongo.remove(new Query(), "state_topic_positions");
            }
            ConsumerGroupReplay.fromOffsetZero(container);
        }

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(snapshot(ids)).isEqualTo(before));
    }

    private void confirmRights(io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged event) {
        OWNER.confirm(event);
        try {
            kafka.send(Topic.PARTNER_STATES.topicName(), event.getPartnerId(),
                    CollaboratorRightsFixture.stateAfter(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long subscriptionPeriods(Ids ids) {
        return documents("subscriptions", Filters.eq("customerId", ids.customer)).stream()
                .mapToLong(subscription -> subscription.getInteger("periodsPaid")).sum();
    }

    /** Every document of this world that a listener writes, without the outbox (the relay marks it sent). */
    private Map<String, List<Document>> snapshot(Ids ids) {
        return Map.of(
                "partnerships", documents("partnerships", Filters.eq("_id", ids.partnership)),
                "collaborator_rights", documents("collaborator_rights", Filters.eq("partnerId", ids.partner)),
                "wallet_entries", documents("wallet_entries", Filters.eq("partnerId", ids.partner)),
                "volumes", documents(io.partnerhub.billing.volume.persistence.VolumeDocument.COLLECTION,
                        Filters.eq("partnerId", ids.partner)),
                "subscriptions", documents("subscriptions", Filters.eq("customerId", ids.customer)),
                "orders", documents("orders", Filters.eq("customerId", ids.customer)));
    }

    private List<Document> documents(String collection, Bson filter) {
        List<Document> found = new ArrayList<>();
        mongo.getCollection(collection).find(filter).forEach(document -> {
            document.remove("outbox");
            found.add(document);
        });
        found.sort(Comparator.comparing(document -> String.valueOf(document.get("_id"))));
        return found;
    }
}
