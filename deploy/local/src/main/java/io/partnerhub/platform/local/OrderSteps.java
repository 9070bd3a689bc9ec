package io.partnerhub.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.platform.http.JsonHttp;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The demo's ordering steps: who pays, the partner's benefit, and access that ends at once. */
final class OrderSteps {

    private final DemoStage stage;
    private final DemoApi api;
    private final DemoPartnership partnership;

    OrderSteps(DemoStage stage, DemoPartnership partnership) {
        this.stage = stage;
        this.api = stage.api;
        this.partnership = partnership;
    }

    void customerOrdersAndThePartnerEarnsCashback() {
        stage.step("The customer orders 35 web hostings at once; the partner earns cashback");
        JsonNode order = webHostings(partnership.customerToken(), 35, 1).expect(201);
        stage.ok("order " + order.path("orderId").asText() + " total CHF " + order.path("total").asText()
                + ", paid by " + order.path("paidBy").asText());
        JsonNode wallet = Eventually.await(() -> {
            JsonNode balance = api.expect(200, "GET",
                    api.billing("/partners/" + stage.cast.partner() + "/wallet/entries?currency=CHF"),
                    partnership.partnerToken(), null);
            return balance.toString().contains("CASHBACK") || balance.toString().contains("R19") ? balance : null;
        }, "cashback in the partner's wallet");
        stage.ok("partner's wallet: " + compact(wallet));
    }

    /** R19, R25: the subscription the order started renews on its date under the terms then, earning again. */
    void aMonthLaterTheHostingRenewsByItselfWithCashback(ClockShift billingClock) {
        stage.step("A month later the web hostings renew by themselves; the partner earns the cashback again");
        JsonNode subscription = Eventually.await(() -> {
            for (JsonNode found : api.expect(200, "GET", api.billing("/subscriptions?customerId="
                    + stage.cast.customer()), partnership.customerToken(), null)) {
                if ("web-hosting".equals(found.path("productId").asText())) {
                    return found;
                }
            }
            return null;
        }, "the customer's web-hosting subscription");
        String renewsAt = subscription.path("renewsAt").asText();
        stage.ok("subscription " + subscription.path("subscriptionId").asText() + ": " + subscription.path("period")
                .asText() + ", " + subscription.path("quantity").asText() + " units, renews on " + renewsAt);
        Instant billingNow = billingClock.movePast(Instant.parse(renewsAt));
        stage.ok("billing's clock moved on to " + billingNow + " (" + billingClock.file().getFileName() + ")");
        JsonNode renewalCredit = Eventually.await(() -> {
            JsonNode entries = api.expect(200, "GET",
                    api.billing("/partners/" + stage.cast.partner() + "/wallet/entries?currency=CHF"),
                    partnership.partnerToken(), null);
            JsonNode last = entries.size() < 2 ? null : entries.get(entries.size() - 1);
            return last != null && "CASHBACK_CREDIT".equals(last.path("type").asText()) ? last : null;
        }, "the renewal's cashback in the partner's wallet");
        JsonNode renewal = api.expect(200, "GET", api.billing("/orders/" + renewalCredit.path("orderId").asText()),
                partnership.customerToken(), null);
        if (!renewal.path("renewal").asBoolean()) {
            throw new DemoFailure("the second cashback credit is not a renewal's: " + compact(renewal));
        }
        stage.ok("renewal order " + renewal.path("orderId").asText() + " placed on " + renewal.path("placedAt").asText()
                + ", total CHF " + renewal.path("total").asText() + " paid by " + renewal.path("paidBy").asText()
                + "; cashback CHF " + renewalCredit.path("amount").asText() + ", wallet balance CHF "
                + renewalCredit.path("balanceAfter").asText());
        if (!subscription.path("subscriptionId").asText().equals(renewal.path("lines").get(0).path("subscriptionId")
                .asText())) {
            throw new DemoFailure("the renewal is not the subscription's: " + compact(renewal));
        }
    }

    void customerSwitchesToThePartnersPaymentMeans() {
        stage.step("The customer switches to the partner's payment means; the partner is emailed");
        JsonNode changed = api.expect(200, "PUT",
                api.partnership("/partnerships/" + partnership.partnershipId() + "/payment-mode"),
                partnership.customerToken(), Map.of("paymentMode", "PARTNER"));
        String paymentMode = changed.path("access").path("paymentMode").asText();
        stage.ok("payment mode now " + paymentMode);
        if (!"PARTNER".equals(paymentMode)) {
            throw new DemoFailure("the partnership's access still has payment mode " + paymentMode);
        }
        stage.inbox.newEmails(1);
    }

    void partnerOrdersForTheCustomerAtTheSeedsPrice() {
        stage.step("The partner orders 35 web hostings for the customer at once, at the seed's price");
        JsonNode order = webHostings(partnership.partnerToken(), 35, 2).expect(201);
        JsonNode line = order.path("lines").get(0);
        stage.ok("total CHF " + order.path("total").asText() + " (public " + line.path("publicPrice").asText()
                + "), " + line.path("benefit").asText() + " " + line.path("benefitAmount").asText() + " — "
                + line.path("benefitReason").asText());
        if (!"208.32".equals(order.path("total").asText())) {
            throw new DemoFailure("expected the seed's CHF 208.32, got " + order.path("total").asText());
        }
    }

    void customerNarrowsAccessAndThePartnersOrderIsRefused() {
        stage.step("The customer narrows the partner's access to mail hosting; the partner's next order is refused at once");
        api.expect(200, "PUT", api.partnership("/partnerships/" + partnership.partnershipId() + "/access"),
                partnership.customerToken(),
                Map.of("access", Map.of("level", "LIMITED", "productCategories", List.of("mail-hosting"))));
        JsonHttp.Reply refused = webHostings(partnership.partnerToken(), 1, 3);
        stage.ok("web hosting ordered right after the change: " + refused.status() + " "
                + refused.body().path("detail").asText());
        if (refused.status() != 403) {
            throw new DemoFailure("an order on withdrawn access answered " + refused.status());
        }
        stage.inbox.newEmails(1);
    }

    /** Web hostings for the customer, as this run's n-th order (its idempotency key). */
    private JsonHttp.Reply webHostings(String token, int quantity, int n) {
        return api.call("POST", api.billing("/orders"), token, Map.of("customerId", stage.cast.customer(),
                "currency", "CHF", "lines", List.of(Map.of("productId", "web-hosting", "quantity", quantity))),
                Map.of("Idempotency-Key", "demo-" + stage.cast.run() + "-" + n));
    }

    private static String compact(JsonNode json) {
        String text = json.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
