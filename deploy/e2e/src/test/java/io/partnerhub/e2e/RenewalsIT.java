package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.billing.PartnerBenefit;
import io.partnerhub.events.billing.Payer;
import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.billing.SubscriptionRenewed;
import io.partnerhub.events.billing.SubscriptionStarted;
import io.partnerhub.platform.mail.ReceivedEmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.e2e.Scenario.full;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R18–R20, R24, R25 across the four services: subscriptions renew by themselves under the terms in
 * force on each renewal date. billing-service's clock is moved on past each renewal date (never by
 * sleeping); partnership-service answers the terms of that moment. Runs in a system of its own
 * ({@link Partnerhub#MOVABLE_CLOCK}).
 */
@ExtendWith(PartnerhubExtension.class)
class RenewalsIT {

    private final Scenario s = new Scenario();
    private final Org partner = s.partner("alpine", false);
    private final Org customer = s.org("bakery");
    private final String customerAccounts = "accounts+bakery-" + s.run + "@e2e.example";
    private final String partnerAccounts = "accounts+alpine-" + s.run + "@e2e.example";
    private final List<String> report = new ArrayList<>();

    @Test
    void renewalsFollowThePaymentModeAndTheEndOfThePartnershipOnTheirDates() {
        String partnershipId = s.partnership(customer, partner, full("CUSTOMER"));
        s.http.put(s.billing("/billing-contact"), s.token(customer),
                Map.of("email", customerAccounts, "language", "DE", "name", "Buchhaltung")).expect(200);
        s.http.put(s.billing("/billing-contact"), s.token(partner),
                Map.of("email", partnerAccounts, "language", "FR", "name", "Comptabilité")).expect(200);

        // full access, the customer's means: the customer's order starts a monthly subscription with cashback
        JsonNode first = s.order(s.token(customer), customer, "web-hosting", 35);
        SubscriptionStarted started = s.events.await(SubscriptionStarted.class,
                e -> e.getOrderId().equals(first.path("orderId").asText()));
        String hosting = started.getSubscriptionId();
        assertThat(started.getPeriod().name()).isEqualTo("MONTHLY");
        assertThat(started.getPaidBy()).isEqualTo(Payer.CUSTOMER);

        // two renewals under the same terms: each earns the partner the cashback again (R19)
        SubscriptionRenewed renewal1 = renew(hosting, 1);
        assertCashback(renewal1, "52.08");
        SubscriptionRenewed renewal2 = renew(hosting, 2);
        assertCashback(renewal2, "52.08");
        assertThat(renewal2.getPeriodStart()).isEqualTo(renewal1.getRenewsAt());
        awaitLedger(CREDIT + "52.08", CREDIT + "104.16", CREDIT + "156.24");

        // the termination preview reads the live subscription: its next renewal, its date, its cashback
        JsonNode losing = s.http.get(s.billing("/partnerships/" + partnershipId + "/termination-preview"),
                s.token(partner)).expect(200).path("renewalsLosingCashback");
        assertThat(losing).hasSize(1);
        assertThat(losing.get(0).path("subscriptionId").asText()).isEqualTo(hosting);
        assertThat(Instant.parse(losing.get(0).path("renewsAt").asText())).isEqualTo(renewal2.getRenewsAt());
        assertThat(losing.get(0).path("cashback").asText()).isEqualTo("52.08");

        // R14: the customer entrusts the partner's means; the next renewal is the partner's, at a discount (R20)
        s.http.put(s.partnership("/partnerships/" + partnershipId + "/payment-mode"), s.token(customer),
                Map.of("paymentMode", "PARTNER")).expect(200);
        JsonNode domainOrder = partnerPaysDomain();
        SubscriptionStarted domainStarted = s.events.await(SubscriptionStarted.class,
                e -> e.getOrderId().equals(domainOrder.path("orderId").asText()));
        String domain = domainStarted.getSubscriptionId();
        assertThat(domainStarted.getPaidBy()).isEqualTo(Payer.PARTNER);

        SubscriptionRenewed renewal3 = renew(hosting, 3);
        assertThat(renewal3.getPaidBy()).isEqualTo(Payer.PARTNER);
        assertThat(renewal3.getPayerOrganizationId()).isEqualTo(partner.id());
        assertThat(renewal3.getBenefit()).isEqualTo(PartnerBenefit.DISCOUNT);
        assertThat(renewal3.getPricePaid().getAmount().toPlainString()).isEqualTo("208.32");
        assertInvoicedToOnly(renewal3.getOrderId(), partner, customer);
        // a discount is no wallet credit; the partner's purchases are paid from its wallet first (R26)
        awaitLedger(CREDIT + "52.08", CREDIT + "104.16", CREDIT + "156.24", DEBIT + "154.48", DEBIT + "0.00");

        // the partnership ends: the next renewal is the customer's, at the public price, nobody earns (R25)
        endPartnership(partnershipId);
        SubscriptionRenewed renewal4 = renew(hosting, 4);
        assertThat(renewal4.getPaidBy()).isEqualTo(Payer.CUSTOMER);
        assertThat(renewal4.getPayerOrganizationId()).isEqualTo(customer.id());
        assertThat(renewal4.getPartnerId()).isNull();
        assertThat(renewal4.getBenefit()).isEqualTo(PartnerBenefit.NONE);
        // 35 × 9.92 with the volume tier every buyer gets for 35 (R22), no partner price
        assertThat(renewal4.getPricePaid().getAmount().toPlainString()).isEqualTo("260.40");
        assertInvoicedToOnly(renewal4.getOrderId(), customer, partner);
        for (SubscriptionRenewed customerPaid : List.of(renewal1, renewal2)) {
            assertInvoicedToOnly(customerPaid.getOrderId(), customer, partner);
        }
        assertThat(s.events.all(SubscriptionRenewed.class, e -> e.getSubscriptionId().equals(hosting)))
                .as("exactly one renewal per period").hasSize(4);

        // the customer turns auto-renewal off: the hosting lapses on its date; its billing contact is told in German
        s.http.call("PATCH", s.billing("/subscriptions/" + hosting), s.token(customer), Map.of("autoRenew", false),
                Map.of()).expect(200);
        // the partner's yearly domain: its payer is reminded 30 and 7 days before, in French
        Instant domainRenewsAt = domainStarted.getRenewsAt();
        s.hub.moveBillingClockPast(domainRenewsAt.minus(Duration.ofDays(30)));
        SubscriptionLapsed hostingLapsed = s.events.await(SubscriptionLapsed.class,
                e -> e.getSubscriptionId().equals(hosting));
        assertThat(hostingLapsed.getReason()).isEqualTo(LapseReason.AUTO_RENEWAL_OFF);
        assertThat(hostingLapsed.getPayerContact().getEmail()).isEqualTo(customerAccounts);
        ReceivedEmail hostingEnded = s.mail.await(customerAccounts, "Ihr Abonnement Web hosting ist beendet");
        assertThat(hostingEnded.text()).contains("die automatische Verlängerung war ausgeschaltet");
        SubscriptionRenewalReminder reminder30 = s.events.await(SubscriptionRenewalReminder.class,
                e -> e.getSubscriptionId().equals(domain) && e.getDaysBefore() == 30);
        assertThat(reminder30.getPayerOrganizationId()).isEqualTo(partner.id());
        s.mail.await(partnerAccounts, email -> "Votre abonnement Domain name .ch sera bientôt renouvelé"
                .equals(email.subject()) && email.text().contains("dans 30 jours"), "the 30-day reminder in French");

        s.hub.moveBillingClockPast(domainRenewsAt.minus(Duration.ofDays(7)));
        s.events.await(SubscriptionRenewalReminder.class, e -> e.getSubscriptionId().equals(domain)
                && e.getDaysBefore() == 7);
        s.mail.await(partnerAccounts, email -> "Votre abonnement Domain name .ch sera bientôt renouvelé"
                .equals(email.subject()) && email.text().contains("dans 7 jours"), "the 7-day reminder in French");

        // the partner bought the domain with its own means and no longer manages the customer: it lapses
        s.hub.moveBillingClockPast(domainRenewsAt);
        SubscriptionLapsed domainLapsed = s.events.await(SubscriptionLapsed.class,
                e -> e.getSubscriptionId().equals(domain));
        assertThat(domainLapsed.getReason()).isEqualTo(LapseReason.NO_LIVE_PARTNERSHIP);
        assertThat(domainLapsed.getPayerOrganizationId()).isEqualTo(partner.id());
        ReceivedEmail domainEnded = s.mail.await(partnerAccounts, "Votre abonnement Domain name .ch a pris fin");
        assertThat(domainEnded.text()).contains("il était payé par un partenaire qui ne gère plus ce client");
        assertThat(s.mail.to(partnerAccounts)).as("two reminders and the lapse, nothing doubled").hasSize(3);
        assertThat(s.mail.to(customerAccounts)).as("the hosting's lapse only").hasSize(1);
        assertThat(s.events.all(SubscriptionRenewed.class, e -> e.getSubscriptionId().equals(domain))).isEmpty();
        assertThat(ledger()).as("nothing earned after the end, nothing spent on the customer's renewals").hasSize(5);

        printReport();
    }

    /** Moves billing's time past the subscription's renewal date and returns the renewal it placed. */
    private SubscriptionRenewed renew(String subscriptionId, int number) {
        JsonNode subscription = s.http.get(s.billing("/subscriptions/" + subscriptionId), s.token(customer))
                .expect(200);
        Instant renewsAt = Instant.parse(subscription.path("renewsAt").asText());
        s.hub.moveBillingClockPast(renewsAt);
        SubscriptionRenewed renewed = s.events.await(SubscriptionRenewed.class,
                e -> e.getSubscriptionId().equals(subscriptionId) && e.getPeriodStart().equals(renewsAt));
        report.add(String.format("renewal %d of %s on %s: order %s, paid by %s (%s), %s %s, price paid %s",
                number, subscriptionId, renewsAt, renewed.getOrderId(), renewed.getPaidBy(),
                renewed.getPayerOrganizationId(), renewed.getBenefit(), renewed.getBenefitAmount().getAmount().toPlainString(),
                renewed.getPricePaid().getAmount().toPlainString()));
        return renewed;
    }

    private void assertCashback(SubscriptionRenewed renewed, String cashback) {
        assertThat(renewed.getPaidBy()).isEqualTo(Payer.CUSTOMER);
        assertThat(renewed.getPartnerId()).isEqualTo(partner.id());
        assertThat(renewed.getBenefit()).isEqualTo(PartnerBenefit.CASHBACK);
        assertThat(renewed.getBenefitAmount().getAmount().toPlainString()).isEqualTo(cashback);
    }

    private static final String CREDIT = "CASHBACK_CREDIT, balance ";
    private static final String DEBIT = "PURCHASE_DEBIT, balance ";

    /** The partner's CHF ledger holds exactly these entries (type, balance after it), in order. */
    private void awaitLedger(String... entries) {
        await("the partner's ledger").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(ledger()).extracting(entry -> entry.path("type").asText()
                        + ", balance " + entry.path("balanceAfter").asText()).containsExactly(entries));
    }

    private List<JsonNode> ledger() {
        List<JsonNode> entries = new ArrayList<>();
        s.http.get(s.billing("/partners/" + partner.id() + "/wallet/entries?currency=CHF"), s.token(partner))
                .expect(200).forEach(entries::add);
        return entries;
    }

    /**
     * R24: the renewal's invoice goes to the payer and stays there: the other side neither lists it nor
     * reads it by id. (The order itself the customer always reads: the products are in its organization.)
     */
    private void assertInvoicedToOnly(String orderId, Org payer, Org other) {
        JsonNode invoice = await("the invoice of " + orderId).atMost(Duration.ofSeconds(30))
                .until(() -> invoices(payer).stream().filter(found -> found.path("orderId").asText().equals(orderId))
                        .findFirst().orElse(null), found -> found != null);
        assertThat(invoice.path("payerOrganizationId").asText()).isEqualTo(payer.id());
        assertThat(invoices(other)).noneMatch(found -> found.path("orderId").asText().equals(orderId));
        String invoiceId = invoice.path("invoiceId").asText();
        assertThat(s.http.get(s.billing("/invoices/" + invoiceId), s.token(payer)).status()).isEqualTo(200);
        assertThat(s.http.get(s.billing("/invoices/" + invoiceId), s.token(other)).status()).isEqualTo(404);
    }

    private List<JsonNode> invoices(Org org) {
        List<JsonNode> invoices = new ArrayList<>();
        s.http.get(s.billing("/invoices?size=500"), s.token(org)).expect(200).forEach(invoices::add);
        return invoices;
    }

    /** The partner buys a yearly domain for the customer with its own means (R20). */
    private JsonNode partnerPaysDomain() {
        return s.http.call("POST", s.billing("/orders"), s.token(partner), Map.of("customerId", customer.id(),
                        "currency", "CHF", "lines", List.of(Map.of("productId", "domain-ch", "quantity", 2)),
                        "paidBy", "PARTNER"), Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .expect(201);
    }

    private void endPartnership(String partnershipId) {
        JsonNode requested = s.http.post(s.partnership("/partnerships/" + partnershipId + "/termination-requests"),
                s.token(customer), Map.of()).expect(202);
        s.http.post(s.partnership("/partnerships/" + partnershipId + "/termination-requests/"
                + requested.path("confirmationId").asText() + "/confirm"), s.token(customer), null).expect(200);
    }

    private void printReport() {
        System.out.println("[renewals] " + String.join(System.lineSeparator() + "[renewals] ", report));
        for (JsonNode entry : ledger()) {
            System.out.printf("[renewals] ledger %s: %s %s CHF, balance %s CHF (order %s)%n", entry.path("sequence"),
                    entry.path("type").asText(), entry.path("amount").asText(), entry.path("balanceAfter").asText(),
                    entry.path("orderId").asText());
        }
        for (Org org : List.of(customer, partner)) {
            for (JsonNode invoice : invoices(org)) {
                System.out.printf("[renewals] invoice of %s: %s order %s, %s CHF%s, issued %s%n", org.id(),
                        invoice.path("invoiceId").asText(), invoice.path("orderId").asText(),
                        invoice.path("total").asText(), invoice.path("renewal").asBoolean() ? " (renewal)" : "",
                        invoice.path("issuedAt").asText());
            }
        }
    }
}
