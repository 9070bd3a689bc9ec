package io.partnerhub.platform.local;

import io.partnerhub.platform.http.JsonHttp;
import io.partnerhub.platform.mail.InboxPage;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;

/**
 * The scripted demo: the seed's story played through the four services' public REST APIs only,
 * printing each step and the emails it caused. Names are suffixed per run so a second run on the
 * same data starts fresh partnerships instead of colliding with the first run's.
 */
final class Demo {

    private final DemoStage stage;

    private final ClockShift billingClock;

    Demo(HttpClient client, Map<String, URI> services, InboxPage inbox, TokenIssuer tokens, ClockShift billingClock) {
        this.stage = new DemoStage(new DemoApi(client, services, tokens), new DemoInbox(inbox),
                DemoCast.forRun(UUID.randomUUID().toString().substring(0, 6)));
        this.billingClock = billingClock;
    }

    /** Plays every step; true when all passed. */
    boolean run() {
        System.out.println();
        System.out.println("Demo (run " + stage.cast.run() + ")");
        try {
            play();
            System.out.println();
            System.out.println("Demo passed: every step green.");
            return true;
        } catch (DemoFailure | JsonHttp.UnexpectedStatus | UncheckedIOException | IllegalStateException failure) {
            System.out.println("  ✗ FAILED: " + failure.getMessage());
            return false;
        }
    }

    private void play() {
        PartnershipSteps partnership = new PartnershipSteps(stage);
        partnership.partnersApplyAndAreAdmitted();
        partnership.customerInvitesThePartnerWithFullAccess();
        DemoPartnership established = partnership.partnerAcceptsFromTheEmailLink();

        OrderSteps orders = new OrderSteps(stage, established);
        orders.customerOrdersAndThePartnerEarnsCashback();
        orders.aMonthLaterTheHostingRenewsByItselfWithCashback(billingClock);
        orders.customerSwitchesToThePartnersPaymentMeans();
        orders.partnerOrdersForTheCustomerAtTheSeedsPrice();
        orders.customerNarrowsAccessAndThePartnersOrderIsRefused();

        TenderSteps tenders = new TenderSteps(stage, established);
        tenders.visitorSubmitsATenderRequest();
        tenders.optedInPartnerRevealsAndProposes();
        tenders.visitorCancelsFromTheConfirmationLink();
        tenders.revealingPartnerIsToldOfTheWithdrawal();

        partnership.customerEndsThePartnershipWithAFreshSignIn();
    }
}
