package io.partnerhub.billing.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.CashbackCredited;
import io.partnerhub.events.billing.DiscountApplied;
import io.partnerhub.events.billing.InvoiceIssued;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.WalletDebited;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.limited;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static io.partnerhub.billing.it.PartnershipEventsFixture.terminated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders through REST after partnership events: seed prices, payer-only invoices, wallet, published events, idempotency, refusals. */
class OrdersAndInvoicesIT extends BillingFlowSupport {

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
            assertThat(PublishedEvents.all(Topic.ORDERS, OrderPlaced.class)).filteredOn(e -> e.getCustomerId().equals(ids.customer))
                    .hasSize(2);
            assertThat(PublishedEvents.all(Topic.ORDERS, InvoiceIssued.class)).filteredOn(e -> e.getCustomerId().equals(ids.customer))
                    .extracting(InvoiceIssued::getPayerOrganizationId).containsExactlyInAnyOrder(ids.customer, ids.partner);
            assertThat(PublishedEvents.all(Topic.ORDERS, DiscountApplied.class)).filteredOn(e -> e.getPartnerId().equals(ids.partner))
                    .extracting(e -> e.getAmount().getAmount()).containsExactly(new BigDecimal("52.08"));
            assertThat(PublishedEvents.all(Topic.WALLETS, CashbackCredited.class)).filteredOn(e -> e.getPartnerId().equals(ids.partner))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getAmount().getAmount()).isEqualByComparingTo("52.08");
                        assertThat(e.getReason()).isEqualTo("R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS");
                        assertThat(e.getPartnershipId()).isEqualTo(ids.partnership);
                    });
            assertThat(PublishedEvents.all(Topic.WALLETS, WalletDebited.class)).filteredOn(e -> e.getPartnerId().equals(ids.partner))
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
}
