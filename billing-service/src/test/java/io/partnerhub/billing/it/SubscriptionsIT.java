package io.partnerhub.billing.it;

import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.subscription.application.Renewals;
import io.partnerhub.billing.subscription.persistence.SubscriptionDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.billing.SubscriptionRenewed;
import io.partnerhub.events.billing.SubscriptionStarted;
import io.partnerhub.events.common.Language;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.partnerhub.billing.it.PartnershipOwnerStandIn.Terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Subscriptions through the real adapters: an order starts one (from its own OrderPlaced event), the
 * renewal pass renews it on its date under the terms the owner answers THEN (R25), or lapses it, and
 * reminds yearly payers. Time is the pass's argument: nothing waits for a date.
 */
class SubscriptionsIT extends BillingFlowSupport {

    @Autowired
    Renewals renewals;

    @BeforeEach
    void readSubscriptionEvents() {
        PublishedEvents.read(Topic.SUBSCRIPTIONS);
    }

    @Test
    void aRenewalFollowsThePaymentModeAndThePartnershipInForceOnItsDate() {
        Ids ids = new Ids();
        OWNER.put(Terms.full(ids.partnership, ids.partner, ids.customer, "CUSTOMER", 1));
        Map<String, Object> first = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null).getResponseBody();
        String subscriptionId = (String) line(first).get("subscriptionId");
        Map<String, Object> subscription = awaitSubscription(ids.customer, subscriptionId);
        assertThat(subscription).containsEntry("period", "MONTHLY").containsEntry("status", "ACTIVE")
                .containsEntry("payerOrganizationId", ids.customer);
        awaitBalance(ids.partner, "1.98");

        // full access, the customer pays: the customer renews, the partner earns cashback again (R18, R19)
        SubscriptionRenewed customerPays = renewOnItsDate(subscriptionId, 1);
        assertThat(customerPays.getPayerOrganizationId()).isEqualTo(ids.customer);
        assertThat(customerPays.getBenefit().name()).isEqualTo("CASHBACK");
        assertThat(customerPays.getBenefitAmount().getAmount()).isEqualByComparingTo("1.98");
        awaitBalance(ids.partner, "3.96");

        // the customer switches to partner payment: the next renewal is the partner's, with the discount (R20)
        OWNER.put(Terms.full(ids.partnership, ids.partner, ids.customer, "PARTNER", 2));
        SubscriptionRenewed partnerPays = renewOnItsDate(subscriptionId, 2);
        assertThat(partnerPays.getPayerOrganizationId()).isEqualTo(ids.partner);
        assertThat(partnerPays.getBenefit().name()).isEqualTo("DISCOUNT");
        assertThat(partnerPays.getPricePaid().getAmount()).isEqualByComparingTo("7.94");
        String partnerInvoice = "inv-" + partnerPays.getOrderId();
        assertThat(get("/invoices/" + partnerInvoice, legalRep(ids.partner)).getStatus().value()).isEqualTo(200);
        assertThat(get("/invoices/" + partnerInvoice, legalRep(ids.customer)).getStatus().value())
                .as("R24: the customer never sees what the partner paid").isEqualTo(404);

        // the partnership ends: the customer renews its own product, nobody earns (R25)
        OWNER.end(ids.partnership);
        SubscriptionRenewed afterTheEnd = renewOnItsDate(subscriptionId, 3);
        assertThat(afterTheEnd.getPayerOrganizationId()).isEqualTo(ids.customer);
        assertThat(afterTheEnd.getPartnerId()).isNull();
        assertThat(afterTheEnd.getBenefit().name()).isEqualTo("NONE");
        assertThat(afterTheEnd.getPricePaid().getAmount()).isEqualByComparingTo("9.92");
        assertThat(get("/invoices/inv-" + afterTheEnd.getOrderId(), legalRep(ids.partner)).getStatus().value())
                .isEqualTo(404);
        assertThat(getList("/partners/" + ids.partner + "/wallet/entries?currency=CHF", legalRep(ids.partner)))
                .extracting(entry -> entry.get("type") + " " + entry.get("amount"))
                .as("two cashbacks, then the partner-paid renewal debited (its invoice), nothing after the end")
                .hasSize(3).startsWith("CASHBACK_CREDIT 1.98", "CASHBACK_CREDIT 1.98")
                .last().asString().startsWith("PURCHASE_DEBIT");
        assertThat(PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, SubscriptionStarted.class)).hasSize(1);
    }

    @Test
    void severalInstancesSweepingAtOnceRenewEachSubscriptionExactlyOnce() throws Exception {
        Ids ids = new Ids();
        OWNER.put(Terms.full(ids.partnership, ids.partner, ids.customer, "CUSTOMER", 1));
        List<String> subscriptionIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> placed = post("/orders", legalRep(ids.customer),
                    order(ids.customer, "CHF", null, "mail-hosting", i + 1), null).getResponseBody();
            subscriptionIds.add((String) line(placed).get("subscriptionId"));
        }
        subscriptionIds.forEach(id -> awaitSubscription(ids.customer, id));
        Instant due = Instant.parse((String) awaitSubscription(ids.customer, subscriptionIds.get(7)).get("renewsAt"));

        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Renewals.Pass>> passes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                passes.add(() -> renewals.sweepAt(due));
            }
            for (Future<Renewals.Pass> pass : instances.invokeAll(passes)) {
                pass.get();
            }
        } finally {
            instances.shutdown();
        }
        sweepUntilQuiet(due);

        for (String subscriptionId : subscriptionIds) {
            List<OrderDocument> renewalOrders = mongo.find(Query.query(where("lines.subscriptionId").is(subscriptionId)
                    .and("renewal").is(true)), OrderDocument.class);
            assertThat(renewalOrders).as("renewal orders of " + subscriptionId).hasSize(1);
            SubscriptionDocument stored = mongo.findById(subscriptionId, SubscriptionDocument.class);
            assertThat(stored.periodsPaid()).isEqualTo(2);
            assertThat(stored.appliedOrderIds()).hasSize(2);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                getList("/partners/" + ids.partner + "/wallet/entries?currency=CHF&size=100", legalRep(ids.partner)))
                .as("8 orders and 8 renewals, each credited once").hasSize(16));
        for (String subscriptionId : subscriptionIds) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, SubscriptionRenewed.class).size() == 1);
        }
    }

    @Test
    void whatThePartnerBoughtLapsesWhenThePartnershipIsGoneAndItsBillingContactIsTold() {
        Ids ids = new Ids();
        putContact(ids.partner, "billing@" + ids.partner + ".example", "DE");
        OWNER.put(Terms.full(ids.partnership, ids.partner, ids.customer, "PARTNER", 1));
        Map<String, Object> bought = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", "PARTNER", "cloud-server", 2), null).getResponseBody();
        String subscriptionId = (String) line(bought).get("subscriptionId");
        Instant due = Instant.parse((String) awaitSubscription(ids.customer, subscriptionId).get("renewsAt"));

        OWNER.end(ids.partnership);
        sweepUntilQuiet(due);

        SubscriptionLapsed lapsed = awaitOne(subscriptionId, SubscriptionLapsed.class);
        assertThat(lapsed.getReason()).isEqualTo(LapseReason.NO_LIVE_PARTNERSHIP);
        assertThat(lapsed.getPayerOrganizationId()).isEqualTo(ids.partner);
        assertThat(lapsed.getPayerContact().getEmail()).isEqualTo("billing@" + ids.partner + ".example");
        assertThat(lapsed.getPayerContact().getLanguage()).isEqualTo(Language.DE);
        assertThat(lapsed.getProductName()).isEqualTo("Cloud server");
        assertThat(get("/subscriptions/" + subscriptionId, legalRep(ids.customer)).getResponseBody())
                .containsEntry("status", "LAPSED").containsEntry("lapseReason", "NO_LIVE_PARTNERSHIP");
        assertThat(mongo.find(Query.query(where("lines.subscriptionId").is(subscriptionId).and("renewal").is(true)),
                OrderDocument.class)).as("nothing charged to the customer").isEmpty();
    }

    @Test
    void aCancellationTakesEffectAtThePeriodsEndAndIsFinal() {
        Ids ids = new Ids();
        putContact(ids.customer, "accounts@" + ids.customer + ".example", "FR");
        Map<String, Object> placed = post("/orders", legalRep(ids.customer),
                order(ids.customer, "EUR", null, "swiss-backup", 1), null).getResponseBody();
        String subscriptionId = (String) line(placed).get("subscriptionId");
        awaitSubscription(ids.customer, subscriptionId);

        Map<String, Object> cancelled = patch(subscriptionId, legalRep(ids.customer), Map.of("cancelAtPeriodEnd", true))
                .expectStatus().isOk().returnResult(JSON).getResponseBody();
        assertThat(cancelled).containsEntry("cancelAtPeriodEnd", true).containsEntry("status", "ACTIVE");
        patch(subscriptionId, legalRep(ids.customer), Map.of("cancelAtPeriodEnd", false)).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        sweepUntilQuiet(Instant.parse((String) cancelled.get("renewsAt")));
        SubscriptionLapsed lapsed = awaitOne(subscriptionId, SubscriptionLapsed.class);
        assertThat(lapsed.getReason()).isEqualTo(LapseReason.CANCELLED);
        assertThat(lapsed.getPayerContact().getLanguage()).isEqualTo(Language.FR);
        patch(subscriptionId, legalRep(ids.customer), Map.of("autoRenew", true)).expectStatus().isEqualTo(409);
    }

    @Test
    void aYearlySubscriptionRemindsItsPayer30And7DaysBeforeOnceEach() {
        Ids ids = new Ids();
        putContact(ids.customer, "it@" + ids.customer + ".example", "EN");
        Map<String, Object> placed = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "domain-ch", 1), null).getResponseBody();
        String subscriptionId = (String) line(placed).get("subscriptionId");
        Map<String, Object> domain = awaitSubscription(ids.customer, subscriptionId);
        assertThat(domain).containsEntry("period", "YEARLY");
        Instant renewsAt = Instant.parse((String) domain.get("renewsAt"));

        sweepUntilQuiet(renewsAt.minus(Duration.ofDays(31)));
        sweepUntilQuiet(renewsAt.minus(Duration.ofDays(30)));
        sweepUntilQuiet(renewsAt.minus(Duration.ofDays(20)));
        sweepUntilQuiet(renewsAt.minus(Duration.ofDays(7)));
        sweepUntilQuiet(renewsAt.minus(Duration.ofDays(1)));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, SubscriptionRenewalReminder.class).size() == 2);
        List<SubscriptionRenewalReminder> reminders =
                PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, SubscriptionRenewalReminder.class);
        assertThat(reminders).extracting(SubscriptionRenewalReminder::getDaysBefore).containsExactly(30, 7);
        assertThat(reminders.get(0).getPayerContact().getEmail()).isEqualTo("it@" + ids.customer + ".example");
        assertThat(reminders.get(0).getRenewsAt()).isEqualTo(renewsAt);
        assertThat(reminders.get(0).getProductName()).isEqualTo("Domain name .ch");
    }

    @Test
    void onlyTheCustomerAndAPartnerWithFullAccessReachTheSubscriptions() {
        Ids ids = new Ids();
        OWNER.put(Terms.limited(ids.partnership, ids.partner, ids.customer, 1, "WEB_HOSTING"));
        Map<String, Object> placed = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null).getResponseBody();
        String subscriptionId = (String) line(placed).get("subscriptionId");
        awaitSubscription(ids.customer, subscriptionId);

        assertThat(get("/subscriptions/" + subscriptionId, legalRep(ids.partner)).getStatus().value())
                .as("limited access").isEqualTo(404);
        patch(subscriptionId, legalRep(ids.partner), Map.of("autoRenew", false)).expectStatus().isNotFound();
        patch(subscriptionId, token(ids.customer, "COLLABORATOR"), Map.of("autoRenew", false))
                .expectStatus().isForbidden();
        assertThat(get("/subscriptions/" + subscriptionId, legalRep("someone-else")).getStatus().value()).isEqualTo(404);

        OWNER.put(Terms.full(ids.partnership, ids.partner, ids.customer, "CUSTOMER", 2));
        Map<String, Object> changed = patch(subscriptionId, legalRep(ids.partner), Map.of("nextQuantity", 3,
                "autoRenew", false)).expectStatus().isOk().returnResult(JSON).getResponseBody();
        assertThat(changed).containsEntry("nextQuantity", 3).containsEntry("quantity", 1)
                .containsEntry("autoRenew", false);
        patch(subscriptionId, legalRep(ids.customer), Map.of("nextQuantity", 0)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** Renews the subscription on its date; answers the renewal event of period {@code renewal} + 1. */
    private SubscriptionRenewed renewOnItsDate(String subscriptionId, int renewal) {
        SubscriptionDocument stored = mongo.findById(subscriptionId, SubscriptionDocument.class);
        sweepUntilQuiet(stored.renewsAt());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, SubscriptionRenewed.class).size() >= renewal);
        List<SubscriptionRenewed> renewed = PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId,
                SubscriptionRenewed.class);
        assertThat(renewed).as("one renewal per date").hasSize(renewal);
        return renewed.get(renewal - 1);
    }

    /** Passes at {@code now} until one does nothing (the other ITs' subscriptions fall due too). */
    private void sweepUntilQuiet(Instant now) {
        for (int pass = 0; pass < 50; pass++) {
            Renewals.Pass done = renewals.sweepAt(now);
            if (done.renewed() + done.lapsed() + done.reminded() == 0) {
                return;
            }
        }
        throw new AssertionError("the renewal pass at " + now + " kept finding work");
    }

    private <T extends org.apache.avro.specific.SpecificRecord> T awaitOne(String subscriptionId, Class<T> type) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, type).size() == 1);
        return PublishedEvents.of(Topic.SUBSCRIPTIONS, subscriptionId, type).get(0);
    }

    private Map<String, Object> awaitSubscription(String customerId, String subscriptionId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> getList("/subscriptions?customerId=" + customerId,
                        legalRep(customerId)).stream().filter(found -> subscriptionId.equals(found.get("subscriptionId")))
                .findFirst().orElse(null), found -> found != null);
    }

    private void putContact(String organizationId, String email, String language) {
        client.put().uri("/billing-contact").header(HttpHeaders.AUTHORIZATION, "Bearer " + legalRep(organizationId))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "language", language, "name", "Accounts")).exchange()
                .expectStatus().isOk();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec patch(String subscriptionId,
                                                                                        String token, Object body) {
        return client.patch().uri("/subscriptions/" + subscriptionId).header(HttpHeaders.AUTHORIZATION,
                "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
