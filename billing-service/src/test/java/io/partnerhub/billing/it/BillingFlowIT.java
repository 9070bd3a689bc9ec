package io.partnerhub.billing.it;

import io.partnerhub.billing.partnership.PartnershipDocument;
import io.partnerhub.billing.volume.persistence.VolumeDocument;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.CashbackCredited;
import io.partnerhub.events.billing.DiscountApplied;
import io.partnerhub.events.billing.InvoiceIssued;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.events.billing.WalletDebited;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.limited;
import static io.partnerhub.billing.it.PartnershipEventsFixture.paymentModeChanged;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static io.partnerhub.billing.it.PartnershipEventsFixture.terminated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Partnership events arrive over Kafka, then orders through REST: invoices only for the payer,
 * ledger entries and balances, published events, and replays that change nothing.
 */
class BillingFlowIT extends BillingIntegrationTest {

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    ConsumerFactory<?, ?> consumers;
    @Autowired
    MongoTemplate mongo;

    private static PublishedEvents orderEvents;
    private static PublishedEvents walletEvents;
    private static PublishedEvents volumeEvents;

    private final List<SpecificRecord> sentPartnershipEvents = new ArrayList<>();

    @BeforeEach
    void readPublishedTopics() {
        if (orderEvents == null) {
            orderEvents = new PublishedEvents(consumers, Topic.ORDERS.topicName());
            walletEvents = new PublishedEvents(consumers, Topic.WALLETS.topicName());
            volumeEvents = new PublishedEvents(consumers, Topic.PARTNER_VOLUMES.topicName());
        }
    }

    @AfterAll
    static void close() {
        if (orderEvents != null) {
            orderEvents.close();
            walletEvents.close();
            volumeEvents.close();
        }
    }

    @Test
    void seedExampleCashbackThenPartnerPaidDiscountWithPayerOnlyInvoices() {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.PARTNER));
        sendAndAwait(started);

        // the customer orders itself: public (tiered) price, cashback for the partner (R19)
        Map<String, Object> customerOrder = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 35), null).getResponseBody();
        assertThat(customerOrder.get("total")).isEqualTo("260.40");
        assertThat(customerOrder.get("paidBy")).isEqualTo("CUSTOMER");
        String customerInvoice = (String) customerOrder.get("invoiceId");
        awaitBalance(ids.partner, "52.08");

        // the partner orders for the customer with its own means: discount (R20), seed example 208.32
        EntityExchangeResult<Map<String, Object>> placed = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", "PARTNER", "web-hosting", 35), "k-" + ids.partner);
        assertThat(placed.getStatus().value()).isEqualTo(201);
        Map<String, Object> partnerOrder = placed.getResponseBody();
        assertThat(partnerOrder.get("total")).isEqualTo("208.32");
        assertThat(line(partnerOrder).get("benefit")).isEqualTo("DISCOUNT");
        assertThat(line(partnerOrder).get("benefitAmount")).isEqualTo("52.08");
        assertThat(line(partnerOrder).get("benefitReason")).isEqualTo("R20_FULL_PARTNER_MEANS_PARTNER_ORDERS");
        String partnerInvoice = (String) partnerOrder.get("invoiceId");

        // R24: each invoice only inside the paying organization; 404 elsewhere
        assertThat(get("/invoices/" + partnerInvoice, legalRep(ids.partner)).getStatus().value()).isEqualTo(200);
        assertThat(get("/invoices/" + partnerInvoice, legalRep(ids.customer)).getStatus().value()).isEqualTo(404);
        assertThat(get("/invoices/" + customerInvoice, legalRep(ids.customer)).getStatus().value()).isEqualTo(200);
        assertThat(get("/invoices/" + customerInvoice, legalRep(ids.partner)).getStatus().value()).isEqualTo(404);
        assertThat(getList("/invoices", legalRep(ids.customer))).extracting(invoice -> invoice.get("invoiceId"))
                .containsExactly(customerInvoice);
        // the customer sees the products installed in its organization, not the partner's prices
        Map<String, Object> seenByCustomer = get("/orders/" + partnerOrder.get("orderId"), legalRep(ids.customer))
                .getResponseBody();
        assertThat(seenByCustomer).doesNotContainKeys("total", "invoiceId");
        assertThat(seenByCustomer.get("customerId")).isEqualTo(ids.customer);

        // the wallet pays what it holds (52.08); the rest goes to the partner's payment means
        awaitBalance(ids.partner, "0.00");
        List<Map<String, Object>> entries = getList("/partners/" + ids.partner + "/wallet/entries?currency=CHF",
                legalRep(ids.partner));
        assertThat(entries).extracting(entry -> entry.get("type")).containsExactly("CASHBACK_CREDIT", "PURCHASE_DEBIT");
        assertThat(entries).extracting(entry -> entry.get("amount")).containsExactly("52.08", "-52.08");
        assertThat(sumOfEntries(ids.partner)).isEqualByComparingTo("0.00");
        assertThat(get("/partners/" + ids.partner + "/wallet", legalRep(ids.customer)).getStatus().value())
                .isEqualTo(404);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(orderEvents.of(OrderPlaced.class)).filteredOn(e -> e.getCustomerId().equals(ids.customer))
                    .hasSize(2);
            assertThat(orderEvents.of(InvoiceIssued.class)).filteredOn(e -> e.getCustomerId().equals(ids.customer))
                    .extracting(InvoiceIssued::getPayerOrganizationId).containsExactlyInAnyOrder(ids.customer, ids.partner);
            assertThat(orderEvents.of(DiscountApplied.class)).filteredOn(e -> e.getPartnerId().equals(ids.partner))
                    .extracting(e -> e.getAmount().getAmount()).containsExactly(new BigDecimal("52.08"));
            assertThat(walletEvents.of(CashbackCredited.class)).filteredOn(e -> e.getPartnerId().equals(ids.partner))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getAmount().getAmount()).isEqualByComparingTo("52.08");
                        assertThat(e.getReason()).isEqualTo("R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS");
                        assertThat(e.getPartnershipId()).isEqualTo(ids.partnership);
                    });
            assertThat(walletEvents.of(WalletDebited.class)).filteredOn(e -> e.getPartnerId().equals(ids.partner))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getAmount().getAmount()).isEqualByComparingTo("52.08");
                        assertThat(e.getChargedToPaymentMeans().getAmount()).isEqualByComparingTo("156.24");
                    });
        });
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyPlacesOneOrder() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        Map<String, Object> body = order(ids.customer, "EUR", null, "web-hosting", 35);

        EntityExchangeResult<Map<String, Object>> first = post("/orders", legalRep(ids.customer), body, "same-key");
        EntityExchangeResult<Map<String, Object>> retry = post("/orders", legalRep(ids.customer), body, "same-key");
        EntityExchangeResult<Map<String, Object>> different = post("/orders", legalRep(ids.customer),
                order(ids.customer, "EUR", null, "web-hosting", 34), "same-key");

        assertThat(first.getStatus().value()).isEqualTo(201);
        assertThat(retry.getStatus().value()).isEqualTo(200);
        assertThat(retry.getResponseBody().get("orderId")).isEqualTo(first.getResponseBody().get("orderId"));
        assertThat(first.getResponseBody().get("total")).isEqualTo("150.94"); // 201.25 − 25% tier = 150.9375 → 150.94
        assertThat(different.getStatus().value()).isEqualTo(409);
        assertThat(getList("/invoices", legalRep(ids.customer))).hasSize(1);
        awaitBalance(ids.partner, "EUR", "30.19"); // 150.94 − 120.75
    }

    @Test
    void partnershipDecidesWhatAPartnerMayOrderAndPay() {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, limited("web-hosting"));
        sendAndAwait(started);

        assertRefused(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "swiss-backup", 1), null),
                "PRODUCT_NOT_GRANTED");
        assertRefused(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", "PARTNER", "web-hosting", 1),
                null), "PARTNER_MEANS_NOT_ALLOWED");
        Map<String, Object> allowed = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "web-hosting", 2), null).getResponseBody();
        assertThat(line(allowed).get("benefitReason")).isEqualTo("NONE_LIMITED_PARTNER_ORDERS");
        assertThat(allowed).doesNotContainKey("invoiceId"); // the customer pays, the invoice is the customer's
        assertThat(post("/orders", legalRep("stranger-" + ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1),
                null).getStatus().value()).isEqualTo(404);
        assertThat(post("/orders", token(ids.partner, "COLLABORATOR"), order(ids.customer, "CHF", null, "web-hosting", 1),
                null).getStatus().value()).isEqualTo(403);
        assertThat(post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "nope", 1), null)
                .getStatus().value()).isEqualTo(400);

        // the customer's own orders: cashback on managed products only (R19 limited)
        Map<String, Object> mixed = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1, "domain-ch", 1), null).getResponseBody();
        Map<String, Object> asPartner = get("/orders/" + mixed.get("orderId"), legalRep(ids.partner)).getResponseBody();
        assertThat(lines(asPartner)).extracting(line -> line.get("benefitReason")).containsExactly(
                "R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT", "NONE_LIMITED_PRODUCT_NOT_MANAGED");
        awaitBalance(ids.partner, "1.98"); // 9.92 − 7.94

        // ended partnership: the partner can no longer order, the customer's orders earn nothing (R25)
        sendAndAwait(terminated(started, 2));
        assertThat(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1), null)
                .getStatus().value()).isEqualTo(404);
        Map<String, Object> after = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null).getResponseBody();
        assertThat(after.get("partnerId")).isNull();
        assertThat(getList("/partners/" + ids.partner + "/wallet/entries?currency=CHF", legalRep(ids.partner)))
                .hasSize(1);
    }

    @Test
    void paymentModeChangeAffectsOnlyTheNextOrderAndTerminationPreviewShowsCashback() {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER));
        sendAndAwait(started);
        Map<String, Object> before = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "swiss-backup", 40), null).getResponseBody();
        assertThat(line(before).get("benefitReason")).isEqualTo("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS");
        awaitBalance(ids.partner, "77.00");

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
        assertThat((List<?>) preview.get("renewalsLosingCashback")).hasSize(1);
        assertThat(preview.get("cashbackTotal")).isEqualTo(Map.of("CHF", "77.00"));
        assertThat(get("/partnerships/" + ids.partnership + "/termination-preview", legalRep(ids.customer))
                .getStatus().value()).isEqualTo(404);
    }

    @Test
    void unusablePartnershipEventGoesToTheDeadLetterTopicWithItsReason() {
        PartnershipStarted poison = started("", "partner-x", "customer-x", full(PaymentMode.CUSTOMER));
        try (PublishedEvents deadLetters = new PublishedEvents(consumers, Topic.PARTNERSHIPS.deadLetterName())) {
            kafka.send(Topic.PARTNERSHIPS.topicName(), "poison", poison);
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(deadLetters.poll()).anySatisfy(record -> {
                        assertThat(record.value()).isEqualTo(poison);
                        assertThat(new String(record.headers().lastHeader("dlt-reason").value()))
                                .contains("PoisonEventException");
                    }));
        }
        // the listener went on: a good event after the poison one is applied
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
    }

    @Test
    void openApiAndPriceListArePublic() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/orders']").exists();
        client.get().uri("/price-list").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.products[0].monthlyPrice.CHF").isEqualTo("9.92")
                .jsonPath("$.volumeTiers[4].reductionPercent").isEqualTo("25");
        client.get().uri("/invoices").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void yearlyVolumeIsPublishedOnTheFirstOrderAndWhenCrossingChf2000() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "cloud-server", 10), null);
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "cloud-server", 100), null);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(volumeEvents.of(PartnerYearlyVolumeChanged.class))
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

        for (SpecificRecord event : new ArrayList<>(sentPartnershipEvents)) {
            if (((io.partnerhub.events.common.EventMetadata) event.get(0)).getAggregateId().equals(ids.partnership)) {
                kafka.send(Topic.PARTNERSHIPS.topicName(), ids.partnership, event).get();
            }
        }
        List<OrderPlaced> placed = new ArrayList<>();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            placed.clear();
            placed.addAll(orderEvents.of(OrderPlaced.class).stream()
                    .filter(e -> e.getCustomerId().equals(ids.customer)).toList());
            return placed.size() == 2;
        });
        for (OrderPlaced event : placed) {
            kafka.send(Topic.ORDERS.topicName(), event.getOrderId(), event).get();
            // and past the processed-events marker too: the state changes themselves are idempotent
            walletPostings.onOrderPlaced(event);
            volumeRecorder.onOrderPlaced(event);
        }
        // the state stays exactly as it was while the replayed events are consumed
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> snapshot(ids).equals(before));
        assertThat(snapshot(ids).partnership().live()).isTrue();
    }

    @Autowired
    io.partnerhub.billing.wallet.application.WalletPostings walletPostings;
    @Autowired
    io.partnerhub.billing.volume.application.VolumeRecorder volumeRecorder;

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

    private void sendAndAwait(SpecificRecord event) {
        io.partnerhub.events.common.EventMetadata metadata =
                (io.partnerhub.events.common.EventMetadata) event.get(0);
        String partnershipId = metadata.getAggregateId();
        try {
            kafka.send(Topic.PARTNERSHIPS.topicName(), partnershipId, event).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        sentPartnershipEvents.add(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            PartnershipDocument document = mongo.findById(partnershipId, PartnershipDocument.class);
            return document != null && document.aggregateVersion() >= metadata.getAggregateVersion();
        });
    }

    private void awaitBalance(String partnerId, String balance) {
        awaitBalance(partnerId, "CHF", balance);
    }

    private void awaitBalance(String partnerId, String currency, String balance) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(getList("/partners/" + partnerId + "/wallet", legalRep(partnerId)))
                        .filteredOn(wallet -> currency.equals(wallet.get("currency")))
                        .extracting(wallet -> wallet.get("balance")).containsExactly(balance));
    }

    private BigDecimal sumOfEntries(String partnerId) {
        return mongo.find(Query.query(where("partnerId").is(partnerId).and("currency").is("CHF")),
                LedgerEntryDocument.class).stream().map(e -> new BigDecimal(e.amount())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static void assertRefused(EntityExchangeResult<Map<String, Object>> result, String refusal) {
        assertThat(result.getStatus().value()).isEqualTo(403);
        assertThat(result.getResponseBody().get("refusal")).isEqualTo(refusal);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("lines");
    }

    private static Map<String, Object> line(Map<String, Object> order) {
        return lines(order).get(0);
    }

    private static final class Ids {
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final String partner = "partner-" + suffix;
        final String customer = "customer-" + suffix;
        final String partnership = "ps-" + suffix;
    }
}
