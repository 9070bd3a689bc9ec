package io.partnerhub.billing.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.paymentModeChanged;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Partnership changes over Kafka: payment mode (R25), renewals, termination preview, poison events, public endpoints. */
class PartnershipChangesIT extends BillingFlowSupport {

    @Test
    void paymentModeChangeAffectsOnlyTheNextOrderAndTerminationPreviewShowsCashback() {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER));
        sendAndAwait(started);
        Map<String, Object> before = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "swiss-backup", 40), null).getResponseBody();
        assertThat(line(before).get("benefitReason")).isEqualTo("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS");
        awaitBalance(ids.partner, "77.00");
        // the subscription the order started renews in a month; under these terms it would earn the cashback again
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat((List<?>) get("/partnerships/"
                + ids.partnership + "/termination-preview", legalRep(ids.partner)).getResponseBody()
                .get("renewalsLosingCashback")).hasSize(1));
        Map<?, ?> losing = (Map<?, ?>) ((List<?>) get("/partnerships/" + ids.partnership + "/termination-preview",
                legalRep(ids.partner)).getResponseBody().get("renewalsLosingCashback")).get(0);
        assertThat(losing.get("productId")).isEqualTo("swiss-backup");
        assertThat(losing.get("quantity")).isEqualTo(40);
        assertThat(losing.get("cashback")).isEqualTo("77.00");
        assertThat(losing.get("currency")).isEqualTo("CHF");
        assertThat(java.time.Instant.parse((String) losing.get("renewsAt")))
                .isAfter(java.time.Instant.parse((String) before.get("placedAt")).plus(Duration.ofDays(27)));

        sendAndAwait(paymentModeChanged(started, 2, PaymentMode.PARTNER));
        Map<String, Object> after = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "swiss-backup", 40), null).getResponseBody();
        assertThat(after.get("paidBy")).isEqualTo("PARTNER");
        assertThat(after.get("total")).isEqualTo("143.00");
        awaitBalance(ids.partner, "0.00");
        assertThat(get("/orders/" + before.get("orderId"), legalRep(ids.partner)).getResponseBody().get("paidBy"))
                .isEqualTo("CUSTOMER");
        // renewing the first order now: priced under the partnership as it is now (R25)
        Map<String, Object> renewal = post("/orders/" + before.get("orderId") + "/renewals", legalRep(ids.partner),
                Map.of(), "renew-" + ids.suffix).getResponseBody();
        assertThat(renewal.get("renewal")).isEqualTo(true);
        assertThat(renewal.get("paidBy")).isEqualTo("PARTNER");
        assertThat(line(renewal).get("benefitReason")).isEqualTo("R20_FULL_PARTNER_MEANS_PARTNER_ORDERS");
        assertThat(post("/orders/" + before.get("orderId") + "/renewals", legalRep("stranger-" + ids.suffix), Map.of(),
                null).getStatus().value()).isEqualTo(404);

        Map<String, Object> preview = get("/partnerships/" + ids.partnership + "/termination-preview",
                legalRep(ids.partner)).getResponseBody();
        // the partner pays from now on: its renewals earn it a discount, no cashback is left to lose
        assertThat((List<?>) preview.get("renewalsLosingCashback")).isEmpty();
        assertThat(preview.get("cashbackTotal")).isEqualTo(Map.of("CHF", "77.00"));
        assertThat(preview.get("paymentMode")).isEqualTo("PARTNER");
        assertThat(preview.get("access")).isEqualTo("FULL");
        assertThat(get("/partnerships/" + ids.partnership + "/termination-preview", legalRep(ids.customer))
                .getStatus().value()).isEqualTo(404);
    }

    @Test
    void unusablePartnershipStateGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        PartnershipStarted poison = started("", "partner-x", "customer-x", full(PaymentMode.CUSTOMER));
        String key = "poison-" + java.util.UUID.randomUUID();
        // read as bytes: the dead-letter topic also holds records that are not Avro at all (ListenerFailuresIT)
        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.PARTNERSHIP_STATES.deadLetterName())) {
            kafka.send(Topic.PARTNERSHIP_STATES.topicName(), key, PartnershipEventsFixture.stateAfter(poison)).get();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.latestWithKey(key))
                    .hasValueSatisfying(record -> assertThat(TopicProbe.header(record, "dlt-reason"))
                            .contains("PoisonEventException")));
        }
        // the listener went on: a good event after the poison one is applied
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
    }
}
