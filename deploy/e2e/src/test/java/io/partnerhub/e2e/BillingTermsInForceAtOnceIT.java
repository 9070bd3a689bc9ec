package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.platform.http.JsonHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.partnerhub.e2e.Scenario.full;
import static io.partnerhub.e2e.Scenario.limited;

/**
 * A change confirmed by partnership-service is in force in billing-service for the very next
 * request: each try changes the terms and fires the dependent order (or read) the moment the
 * change answered, with no wait for any event. 50 tries per race; any wrong outcome fails.
 */
@ExtendWith(PartnerhubExtension.class)
class BillingTermsInForceAtOnceIT {

    @Test
    void narrowedAccessRefusesThePartnersNextOrderAndWidenedAccessAllowsIt() {
        Scenario s = new Scenario();
        Org partner = s.partner("narrow", false);
        Org customer = s.org("narrow-customer");
        String partnershipId = s.partnership(customer, partner, full("CUSTOMER"));
        RaceTally narrowed = new RaceTally("access narrowed to mail hosting → partner orders web hosting: refused");
        RaceTally widened = new RaceTally("access widened to full → partner orders web hosting: placed with cashback");

        for (int i = 0; i < RaceTally.TRIES; i++) {
            changeAccess(s, customer, partnershipId, limited("mail-hosting"));
            JsonHttp.Reply refused = order(s, s.token(partner), customer, "web-hosting", 1);
            narrowed.record(refused.status() == 403 && refused.raw().body().contains("PRODUCT_NOT_GRANTED"),
                    refused.status() + " " + refused.raw().body());

            changeAccess(s, customer, partnershipId, full("CUSTOMER"));
            JsonHttp.Reply placed = order(s, s.token(partner), customer, "web-hosting", 1);
            widened.record(placed.status() == 201 && reason(placed.body()).equals("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS"),
                    placed.status() + " " + placed.raw().body());
        }
        narrowed.assertNoWrongOutcome();
        widened.assertNoWrongOutcome();
    }

    @Test
    void paymentModeDecidesTheNextOrdersBenefitAndPayer() {
        Scenario s = new Scenario();
        Org partner = s.partner("paymode", false);
        Org customer = s.org("paymode-customer");
        String partnershipId = s.partnership(customer, partner, full("CUSTOMER"));
        RaceTally partnerPays = new RaceTally("payment mode → partner → partner orders: discount, paid by the partner");
        RaceTally customerPays = new RaceTally("payment mode → customer → partner orders: cashback, paid by the customer");

        for (int i = 0; i < RaceTally.TRIES; i++) {
            s.http.put(s.partnership("/partnerships/" + partnershipId + "/payment-mode"), s.token(customer),
                    Map.of("paymentMode", "PARTNER")).expect(200);
            JsonHttp.Reply discounted = order(s, s.token(partner), customer, "web-hosting", 35);
            partnerPays.record(discounted.status() == 201 && "PARTNER".equals(discounted.body().path("paidBy").asText())
                            && "208.32".equals(discounted.body().path("total").asText())
                            && reason(discounted.body()).equals("R20_FULL_PARTNER_MEANS_PARTNER_ORDERS"),
                    discounted.status() + " " + discounted.raw().body());

            s.http.put(s.partnership("/partnerships/" + partnershipId + "/payment-mode"), s.token(customer),
                    Map.of("paymentMode", "CUSTOMER")).expect(200);
            JsonHttp.Reply cashback = order(s, s.token(partner), customer, "web-hosting", 35);
            customerPays.record(cashback.status() == 201 && "CUSTOMER".equals(cashback.body().path("paidBy").asText())
                            && reason(cashback.body()).equals("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS"),
                    cashback.status() + " " + cashback.raw().body());
        }
        partnerPays.assertNoWrongOutcome();
        customerPays.assertNoWrongOutcome();
    }

    @Test
    void collaboratorRightsAreInForceForTheCollaboratorsNextOrder() {
        Scenario s = new Scenario();
        Org partner = s.partner("rights", false);
        Org customer = s.org("rights-customer");
        s.partnership(customer, partner, full("CUSTOMER"));
        String collaborator = "u-collaborator-" + s.run;
        String collaboratorToken = s.hub.platform().tokens().issue(collaborator, partner.id(), Set.of("COLLABORATOR"));
        RaceTally granted = new RaceTally("collaborator assigned the customer → it orders: placed");
        RaceTally withdrawn = new RaceTally("collaborator's rights withdrawn → it orders: refused");

        for (int i = 0; i < RaceTally.TRIES; i++) {
            s.http.put(s.partnership("/partners/me/collaborators/" + collaborator), s.token(partner),
                    Map.of("allCustomers", false, "customerIds", List.of(customer.id()))).expect(200);
            JsonHttp.Reply placed = order(s, collaboratorToken, customer, "web-hosting", 1);
            granted.record(placed.status() == 201, placed.status() + " " + placed.raw().body());

            s.http.call("DELETE", s.partnership("/partners/me/collaborators/" + collaborator), s.token(partner), null,
                    Map.of()).expect(200);
            JsonHttp.Reply refused = order(s, collaboratorToken, customer, "web-hosting", 1);
            withdrawn.record(refused.status() == 403, refused.status() + " " + refused.raw().body());
        }
        granted.assertNoWrongOutcome();
        withdrawn.assertNoWrongOutcome();
    }

    /**
     * Each try: the partner invites a new customer, the customer accepts and at once orders (the partner
     * earns the cashback); then the customer ends the partnership and at once orders again (nobody's
     * partner order: no cashback) while the former partner can no longer read either order.
     */
    @Test
    void anAcceptedPartnershipEarnsAtOnceAndAnEndedOneStopsAtOnce() {
        Scenario s = new Scenario();
        Org partner = s.partner("lifecycle", false);
        RaceTally started = new RaceTally("invitation accepted → customer orders: cashback for the new partner");
        RaceTally ended = new RaceTally("partnership ended → customer orders: no partner, no cashback");
        RaceTally unseen = new RaceTally("partnership ended → former partner reads the customer's orders: 404");

        for (int i = 0; i < RaceTally.TRIES; i++) {
            Org customer = s.org("lifecycle-customer-" + i);
            String invitationId = s.partnerInvites(partner, customer, full("CUSTOMER")).path("invitationId").asText();
            String partnershipId = s.http.post(s.partnership("/invitations/" + invitationId + "/accept"),
                    s.token(customer), null).expect(200).path("partnershipId").asText();
            JsonHttp.Reply earning = order(s, s.token(customer), customer, "web-hosting", 35);
            String earningId = earning.body().path("orderId").asText();
            started.record(earning.status() == 201 && partner.id().equals(earning.body().path("partnerId").asText())
                            && reason(s.http.get(s.billing("/orders/" + earningId), s.token(partner)).body())
                            .equals("R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS"),
                    earning.status() + " " + earning.raw().body());

            end(s, customer, partnershipId);
            JsonHttp.Reply afterEnd = order(s, s.token(customer), customer, "web-hosting", 35);
            JsonNode attributedTo = afterEnd.body().path("partnerId");
            ended.record(afterEnd.status() == 201 && (attributedTo.isMissingNode() || attributedTo.isNull()),
                    afterEnd.status() + " " + afterEnd.raw().body());
            int earlier = s.http.get(s.billing("/orders/" + earningId), s.token(partner)).status();
            int later = s.http.get(s.billing("/orders/" + afterEnd.body().path("orderId").asText()), s.token(partner))
                    .status();
            unseen.record(earlier == 404 && later == 404, "earlier order " + earlier + ", later order " + later);
        }
        started.assertNoWrongOutcome();
        ended.assertNoWrongOutcome();
        unseen.assertNoWrongOutcome();
    }

    private static void changeAccess(Scenario s, Org customer, String partnershipId, Map<String, Object> access) {
        s.http.put(s.partnership("/partnerships/" + partnershipId + "/access"), s.token(customer),
                Map.of("access", access)).expect(200);
    }

    private static void end(Scenario s, Org customer, String partnershipId) {
        JsonNode requested = s.http.post(s.partnership("/partnerships/" + partnershipId + "/termination-requests"),
                s.token(customer), Map.of()).expect(202);
        s.http.post(s.partnership("/partnerships/" + partnershipId + "/termination-requests/"
                + requested.path("confirmationId").asText() + "/confirm"), s.token(customer), null).expect(200);
    }

    private static JsonHttp.Reply order(Scenario s, String token, Org customer, String productId, int quantity) {
        return s.http.call("POST", s.billing("/orders"), token, Map.of("customerId", customer.id(), "currency", "CHF",
                "lines", List.of(Map.of("productId", productId, "quantity", quantity))),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static String reason(JsonNode order) {
        return order.path("lines").path(0).path("benefitReason").asText();
    }
}
