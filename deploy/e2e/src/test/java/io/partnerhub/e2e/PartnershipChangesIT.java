package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PaymentMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.partnerhub.e2e.Scenario.full;
import static io.partnerhub.e2e.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

/** R13, R14, R25: the customer changes payment mode and access; the partner is emailed; billing follows. */
@ExtendWith(PartnerhubExtension.class)
class PartnershipChangesIT {

    @Test
    void paymentModeAndAccessChangesReachThePartnerAndChangeTheNextOrdersBenefit() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");
        String partnershipId = s.partnership(customer, partner, full("CUSTOMER"));

        // full access, the customer's means: the customer's order earns the partner cashback
        JsonNode first = s.order(s.token(customer), customer, "web-hosting", 35);
        JsonNode firstSeenByPartner = line(s.http.get(s.billing("/orders/" + first.path("orderId").asText()),
                s.token(partner)).expect(200));
        assertThat(firstSeenByPartner.path("benefit").asText()).isEqualTo("CASHBACK");
        assertThat(firstSeenByPartner.path("benefitAmount").asText()).isEqualTo("52.08");

        // R14: the customer entrusts the partner's wallet; the partner is emailed
        JsonNode changed = s.http.put(s.partnership("/partnerships/" + partnershipId + "/payment-mode"), s.token(customer),
                Map.of("paymentMode", "PARTNER")).expect(200);
        assertThat(changed.path("access").path("paymentMode").asText()).isEqualTo("PARTNER");
        PartnershipPaymentModeChanged modeChanged = s.events.await(PartnershipPaymentModeChanged.class,
                e -> e.getPartnershipId().equals(partnershipId));
        assertThat(modeChanged.getPreviousMode()).isEqualTo(PaymentMode.CUSTOMER);
        assertThat(modeChanged.getPaymentMode()).isEqualTo(PaymentMode.PARTNER);
        assertThat(modeChanged.getMetadata().getActorUserId()).isEqualTo(customer.userId());
        s.mail.await(partner.email(), "changed the payment mode");

        // R25: the partner's next order is a discount at the seed's price; the earlier order is unchanged
        s.awaitBillingTerms(partnershipId, partner, full("PARTNER"));
        JsonNode second = s.order(s.token(partner), customer, "web-hosting", 35);
        assertThat(second.path("total").asText()).isEqualTo("208.32");
        assertThat(second.path("paidBy").asText()).isEqualTo("PARTNER");
        assertThat(line(second).path("benefit").asText()).isEqualTo("DISCOUNT");
        assertThat(line(s.http.get(s.billing("/orders/" + first.path("orderId").asText()), s.token(partner))
                .expect(200)).path("benefit").asText()).as("R25: earlier orders are never rewritten").isEqualTo("CASHBACK");

        // R13: the customer narrows the access to its web hostings; the partner is emailed
        s.http.put(s.partnership("/partnerships/" + partnershipId + "/access"), s.token(customer),
                Map.of("access", limited("web-hosting"))).expect(200);
        PartnershipAccessChanged accessChanged = s.events.await(PartnershipAccessChanged.class,
                e -> e.getPartnershipId().equals(partnershipId));
        assertThat(accessChanged.getPreviousAccess().getLevel()).isEqualTo(AccessLevel.FULL);
        assertThat(accessChanged.getAccess().getLevel()).isEqualTo(AccessLevel.LIMITED);
        assertThat(accessChanged.getPartnerContact().getEmail()).isEqualTo(partner.email());
        s.mail.await(partner.email(), "changed your access");

        // billing follows: the partner can no longer pay, and only the managed product earns cashback
        s.awaitBillingTerms(partnershipId, partner, limited("web-hosting"));
        JsonNode managed = s.order(s.token(customer), customer, "web-hosting", 1);
        assertThat(line(s.http.get(s.billing("/orders/" + managed.path("orderId").asText()), s.token(partner))
                .expect(200)).path("benefitReason").asText()).isEqualTo("R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT");
        JsonNode unmanaged = s.order(s.token(customer), customer, "mail-hosting", 1);
        assertThat(s.http.get(s.billing("/orders/" + unmanaged.path("orderId").asText()), s.token(partner)).status())
                .as("an order of a product it no longer manages is not the partner's").isEqualTo(404);
        assertThat(s.http.call("POST", s.billing("/orders"), s.token(partner), Map.of("customerId", customer.id(),
                        "currency", "CHF", "lines", java.util.List.of(Map.of("productId", "web-hosting", "quantity", 1)),
                        "paidBy", "PARTNER"), Map.of("Idempotency-Key", s.run + "-partner-pays")).status())
                .as("limited access has no partner payment").isEqualTo(403);
    }

    static JsonNode line(JsonNode order) {
        return order.path("lines").get(0);
    }
}
