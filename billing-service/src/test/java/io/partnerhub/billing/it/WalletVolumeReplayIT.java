package io.partnerhub.billing.it;

import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.partnership.persistence.PartnershipDocument;
import io.partnerhub.billing.volume.application.VolumeRecorder;
import io.partnerhub.billing.volume.persistence.VolumeDocument;
import io.partnerhub.billing.wallet.application.WalletPostings;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.testing.PublishedEvents;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.paymentModeChanged;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Yearly volume events, and replaying every consumed event leaves state unchanged. */
class WalletVolumeReplayIT extends BillingFlowSupport {

    @Test
    void yearlyVolumeIsPublishedOnTheFirstOrderAndWhenCrossingChf2000() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "cloud-server", 10), null);
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "cloud-server", 100), null);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(PublishedEvents.all(Topic.PARTNER_VOLUMES, PartnerYearlyVolumeChanged.class))
                        .filteredOn(e -> e.getPartnerId().equals(ids.partner))
                        .extracting(e -> e.getYearlyVolume().getAmount().toPlainString() + " " + e.getAtOrAboveThreshold())
                        .containsExactly("190.00 false", "2090.00 true"));
        List<Map<String, Object>> volume = getList("/partners/" + ids.partner + "/yearly-volume", legalRep(ids.partner));
        assertThat(volume).singleElement().satisfies(v -> {
            assertThat(v.get("amount")).isEqualTo("2090.00");
            assertThat(v.get("atOrAboveThreshold")).isEqualTo(true);
        });
    }

    @Test
    void aPartnersChfAndEurVolumesArePublishedUnderTwoKeysSoCompactionKeepsBoth() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "cloud-server", 1), null);
        post("/orders", legalRep(ids.customer), order(ids.customer, "EUR", null, "cloud-server", 1), null);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(PublishedEvents.records(Topic.PARTNER_VOLUMES.topicName())).filteredOn(record -> record.value() instanceof PartnerYearlyVolumeChanged
                                && ((PartnerYearlyVolumeChanged) record.value()).getPartnerId().equals(ids.partner))
                        .extracting(record -> record.key() + " "
                                + ((PartnerYearlyVolumeChanged) record.value()).getYearlyVolume().getCurrency())
                        .containsExactlyInAnyOrder(ids.partner + ":CHF CHF", ids.partner + ":EUR EUR"));
    }

    @Test
    void replayingEveryConsumedEventLeavesStateUnchanged() throws Exception {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER));
        sendAndAwait(started);
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "web-hosting", 35), null);
        sendAndAwait(paymentModeChanged(started, 2, PaymentMode.PARTNER));
        post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "cloud-server", 120), null);
        awaitBalance(ids.partner, "0.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> volume(ids.partner) != null
                && volume(ids.partner).countedOrders().size() == 2);
        Snapshot before = snapshot(ids);

        for (SpecificRecord state : new ArrayList<>(sentPartnershipStates)) {
            if (((io.partnerhub.events.common.EventMetadata) state.get(0)).getAggregateId().equals(ids.partnership)) {
                kafka.send(Topic.PARTNERSHIP_STATES.topicName(), ids.partnership, state).get();
            }
        }
        List<OrderPlaced> placed = new ArrayList<>();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            placed.clear();
            placed.addAll(PublishedEvents.all(Topic.ORDERS, OrderPlaced.class).stream()
                    .filter(e -> e.getCustomerId().equals(ids.customer)).toList());
            return placed.size() == 2;
        });
        for (OrderPlaced event : placed) {
            kafka.send(Topic.ORDERS.topicName(), event.getOrderId(), event).get();
            // and past the processed-events marker too: the state changes themselves are idempotent
            Order order = orders.find(event.getOrderId()).orElseThrow().toOrder();
            walletPostings.onOrderPlaced(order, event.getMetadata());
            volumeRecorder.onOrderPlaced(order, event.getMetadata());
        }
        // the state stays exactly as it was while the replayed events are consumed
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> snapshot(ids).equals(before));
        assertThat(snapshot(ids).partnership().live()).isTrue();
    }


    @Autowired
    WalletPostings walletPostings;
    @Autowired
    VolumeRecorder volumeRecorder;
    @Autowired
    OrderStore orders;

    record Snapshot(List<String> entries, String volume, PartnershipDocument partnership) {
    }

    private Snapshot snapshot(Ids ids) {
        List<String> entries = mongo.find(Query.query(where("partnerId").is(ids.partner)), LedgerEntryDocument.class)
                .stream().map(e -> e.id() + " " + e.type() + " " + e.amount() + " " + e.balanceAfter()).sorted().toList();
        VolumeDocument volume = volume(ids.partner);
        return new Snapshot(entries, volume.amount() + " " + volume.countedOrders(),
                mongo.findById(ids.partnership, PartnershipDocument.class));
    }

    private VolumeDocument volume(String partnerId) {
        return mongo.findOne(Query.query(where("partnerId").is(partnerId)), VolumeDocument.class);
    }
}
