package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.billing.CashbackCredited;
import io.partnerhub.events.billing.DiscountApplied;
import io.partnerhub.events.billing.InvoiceIssued;
import io.partnerhub.events.billing.WalletDebited;
import io.partnerhub.platform.http.JsonHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.partnerhub.e2e.Scenario.full;
import static io.partnerhub.e2e.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R18–R24 across the four processes: orders under every access / payment combination, cashback vs
 * discount per line, the seed's CHF 208.32, and invoices visible to the payer only (404 for the other).
 * 35 web hostings: public price CHF 260.40 (tier −25%), partner price 208.32, so cashback = discount = 52.08.
 */
@ExtendWith(PartnerhubExtension.class)
class OrdersIT {

    @Test
    void limitedAccessCashbackOnlyOnManagedProductsPartnerOrdersEarnNothing() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");
        s.partnership(customer, partner, limited("web-hosting"));

        JsonNode managed = s.order(s.token(customer), customer, "web-hosting", 35);
        assertLine(s, partner, managed, "CASHBACK", "52.08", "R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT");
        assertCashbackCredited(s, partner, managed, "52.08");
        assertInvoiceOnlyFor(s, managed, customer, partner);

        // one order, a managed and an unmanaged line: cashback on the first only
        JsonNode mixed = s.order(s.token(customer), customer, List.of(Map.of("productId", "web-hosting", "quantity", 1),
                Map.of("productId", "domain-ch", "quantity", 1)));
        JsonNode mixedSeenByPartner = s.http.get(s.billing("/orders/" + mixed.path("orderId").asText()), s.token(partner))
                .expect(200);
        assertThat(mixedSeenByPartner.path("lines").get(0).path("benefitReason").asText())
                .isEqualTo("R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT");
        assertThat(mixedSeenByPartner.path("lines").get(1).path("benefit").asText()).isEqualTo("NONE");
        assertThat(mixedSeenByPartner.path("lines").get(1).path("benefitReason").asText())
                .isEqualTo("NONE_LIMITED_PRODUCT_NOT_MANAGED");
        // an order of products the partner does not manage is none of its business
        JsonNode unmanaged = s.order(s.token(customer), customer, "domain-ch", 1);
        assertThat(s.http.get(s.billing("/orders/" + unmanaged.path("orderId").asText()), s.token(partner)).status())
                .isEqualTo(404);

        JsonNode byPartner = s.order(s.token(partner), customer, "web-hosting", 2);
        assertThat(byPartner.path("paidBy").asText()).isEqualTo("CUSTOMER");
        assertLine(s, partner, byPartner, "NONE", null, "NONE_LIMITED_PARTNER_ORDERS");
        assertInvoiceOnlyFor(s, byPartner, customer, partner);

        JsonHttp.Reply refused = s.http.call("POST", s.billing("/orders"), s.token(partner), Map.of("customerId",
                customer.id(), "currency", "CHF", "lines", List.of(Map.of("productId", "cloud-server", "quantity", 1))),
                Map.of("Idempotency-Key", s.run + "-not-granted"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.raw().body()).contains("PRODUCT_NOT_GRANTED");
    }

    @Test
    void fullAccessCustomerPaysCashbackWhoeverOrders() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");
        s.partnership(customer, partner, full("CUSTOMER"));

        JsonNode own = s.order(s.token(customer), customer, "web-hosting", 35);
        assertThat(own.path("paidBy").asText()).isEqualTo("CUSTOMER");
        assertThat(own.path("total").asText()).as("the customer pays the public price").isEqualTo("260.40");
        assertLine(s, partner, own, "CASHBACK", "52.08", "R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS");
        assertInvoiceOnlyFor(s, own, customer, partner);

        JsonNode byPartner = s.order(s.token(partner), customer, "web-hosting", 35);
        assertThat(byPartner.path("paidBy").asText()).as("with the customer's means").isEqualTo("CUSTOMER");
        assertLine(s, partner, byPartner, "CASHBACK", "52.08", "R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS");
        assertInvoiceOnlyFor(s, byPartner, customer, partner);

        assertCashbackCredited(s, partner, own, "52.08");
        CashbackCredited second = assertCashbackCredited(s, partner, byPartner, "52.08");
        List<BigDecimal> balances = s.events.all(CashbackCredited.class, e -> e.getPartnerId().equals(partner.id()))
                .stream().map(e -> e.getBalance().getAmount()).toList();
        assertThat(balances).as("R26: the ledger's balance is the sum of both credits")
                .anySatisfy(balance -> assertThat(balance).isEqualByComparingTo("104.16"));
        assertThat(second.getReason()).isEqualTo("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS");
    }

    @Test
    void fullAccessPartnerPaysDiscountAtTheSeedPriceWhenThePartnerOrdersPaidFromTheWalletFirst() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");
        s.partnership(customer, partner, full("PARTNER"));

        // the customer's own order: paid by the customer, cashback into the partner's wallet
        JsonNode own = s.order(s.token(customer), customer, "web-hosting", 35);
        assertThat(own.path("paidBy").asText()).isEqualTo("CUSTOMER");
        assertLine(s, partner, own, "CASHBACK", "52.08", "R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS");
        assertInvoiceOnlyFor(s, own, customer, partner);
        assertCashbackCredited(s, partner, own, "52.08");

        // the partner orders for the customer with its own means: discount, the seed's price
        JsonNode byPartner = s.order(s.token(partner), customer, "web-hosting", 35);
        String orderId = byPartner.path("orderId").asText();
        assertThat(byPartner.path("total").asText()).as("the seed: 347.20 −20% −25%").isEqualTo("208.32");
        assertThat(byPartner.path("paidBy").asText()).isEqualTo("PARTNER");
        assertThat(byPartner.path("customerId").asText()).as("R24: installed in the customer's organization")
                .isEqualTo(customer.id());
        assertLine(s, partner, byPartner, "DISCOUNT", "52.08", "R20_FULL_PARTNER_MEANS_PARTNER_ORDERS");
        assertInvoiceOnlyFor(s, byPartner, partner, customer);
        DiscountApplied discount = s.events.await(DiscountApplied.class, e -> e.getOrderId().equals(orderId));
        assertThat(discount.getAmount().getAmount()).isEqualByComparingTo("52.08");
        assertThat(s.events.all(CashbackCredited.class, e -> e.getOrderId().equals(orderId)))
                .as("never both cashback and discount for one line").isEmpty();

        // R26: the wallet pays what it holds (the 52.08 cashback), the rest goes to the partner's means
        WalletDebited debited = s.events.await(WalletDebited.class, e -> e.getOrderId().equals(orderId));
        assertThat(debited.getPartnerId()).isEqualTo(partner.id());
        assertThat(debited.getAmount().getAmount()).isEqualByComparingTo("52.08");
        assertThat(debited.getChargedToPaymentMeans().getAmount()).isEqualByComparingTo("156.24");
        assertThat(debited.getBalance().getAmount()).isEqualByComparingTo("0.00");

        JsonNode seenByCustomer = s.http.get(s.billing("/orders/" + orderId), s.token(customer)).expect(200);
        assertThat(seenByCustomer.has("total")).as("the customer does not see the partner's prices").isFalse();
        assertThat(seenByCustomer.has("invoiceId")).isFalse();
    }

    private static void assertLine(Scenario s, Org partner, JsonNode order, String benefit, String amount, String reason) {
        JsonNode line = s.http.get(s.billing("/orders/" + order.path("orderId").asText()), s.token(partner))
                .expect(200).path("lines").get(0);
        assertThat(line.path("benefit").asText()).isEqualTo(benefit);
        assertThat(line.path("benefitReason").asText()).isEqualTo(reason);
        if (amount != null) {
            assertThat(line.path("benefitAmount").asText()).isEqualTo(amount);
        }
    }

    private static CashbackCredited assertCashbackCredited(Scenario s, Org partner, JsonNode order, String amount) {
        CashbackCredited credited = s.events.await(CashbackCredited.class,
                e -> e.getOrderId().equals(order.path("orderId").asText()));
        assertThat(credited.getPartnerId()).isEqualTo(partner.id());
        assertThat(credited.getAmount().getAmount()).isEqualByComparingTo(amount);
        return credited;
    }

    /** R24: the payer reads the invoice, the other side gets 404 as if it did not exist. */
    private static void assertInvoiceOnlyFor(Scenario s, JsonNode order, Org payer, Org other) {
        String orderId = order.path("orderId").asText();
        InvoiceIssued issued = s.events.await(InvoiceIssued.class, e -> e.getOrderId().equals(orderId));
        assertThat(issued.getPayerOrganizationId()).isEqualTo(payer.id());
        String invoiceId = issued.getInvoiceId();
        assertThat(s.http.get(s.billing("/invoices/" + invoiceId), s.token(payer)).status()).isEqualTo(200);
        assertThat(s.http.get(s.billing("/invoices/" + invoiceId), s.token(other)).status()).isEqualTo(404);
        assertThat(s.http.get(s.billing("/invoices"), s.token(other)).expect(200).toString()).doesNotContain(invoiceId);
    }
}
