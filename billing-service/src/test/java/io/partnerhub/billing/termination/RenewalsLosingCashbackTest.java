package io.partnerhub.billing.termination;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.PaymentMode;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import io.partnerhub.billing.pricing.BillingPeriod;
import io.partnerhub.billing.pricing.LinePricing;
import io.partnerhub.billing.pricing.PriceList;
import io.partnerhub.billing.subscription.LapseReason;
import io.partnerhub.billing.subscription.ScheduledRenewal;
import io.partnerhub.billing.subscription.Subscription;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.partnerhub.billing.benefit.PartnershipTermsFixture.CUSTOMER;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.full;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.limitedTo;
import static org.assertj.core.api.Assertions.assertThat;

/** R19, R25: what ending a partnership stops it earning, read from the live subscriptions. */
class RenewalsLosingCashbackTest {

    private static final Instant START = Instant.parse("2026-01-31T09:00:00Z");
    private static final String PARTNERSHIP = "ps-1";

    private final PriceList priceList = PriceList.standard();
    private final Checkout checkout = new Checkout(new LinePricing(priceList));
    private final RenewalsLosingCashback losing = new RenewalsLosingCashback(new ScheduledRenewal(checkout, priceList));

    @Test
    void eachLiveSubscriptionTheCustomerPaysGivesItsRenewalDateAndTheCashbackItWouldEarn() {
        List<PartnershipTerms> live = List.of(full(PaymentMode.CUSTOMER));
        Subscription hosting = started("web-hosting", 1, live, BillingPeriod.MONTHLY);
        Subscription domain = started("domain-ch", 3, live, BillingPeriod.YEARLY);

        List<RenewalsLosingCashback.Renewal> renewals = losing.of(PARTNERSHIP, List.of(domain, hosting), live);

        assertThat(renewals).extracting(RenewalsLosingCashback.Renewal::productId)
                .containsExactly("web-hosting", "domain-ch"); // soonest first
        assertThat(renewals.get(0).renewsAt()).isEqualTo(Instant.parse("2026-02-28T09:00:00Z"));
        assertThat(renewals.get(0).cashback()).isEqualTo(Money.of("1.98", Currency.CHF)); // 9.92 × 20 %
        assertThat(renewals.get(1).renewsAt()).isEqualTo(Instant.parse("2027-01-31T09:00:00Z"));
        assertThat(renewals.get(1).quantity()).isEqualTo(3);
    }

    @Test
    void underPartnerPaymentTheRenewalsEarnADiscountSoNoCashbackIsLost() {
        Subscription hosting = started("web-hosting", 1, List.of(full(PaymentMode.CUSTOMER)), BillingPeriod.MONTHLY);

        assertThat(losing.of(PARTNERSHIP, List.of(hosting), List.of(full(PaymentMode.PARTNER)))).isEmpty();
    }

    @Test
    void productsThePartnerDoesNotManageAndSubscriptionsThatWillNotRenewAreNotListed() {
        List<PartnershipTerms> live = List.of(limitedTo("WEB_HOSTING"));
        Subscription hosting = started("web-hosting", 1, live, BillingPeriod.MONTHLY);
        Subscription mail = started("mail-hosting", 1, live, BillingPeriod.MONTHLY);
        Subscription lapsed = started("web-hosting", 2, live, BillingPeriod.MONTHLY).lapsed(LapseReason.CANCELLED);

        assertThat(losing.of(PARTNERSHIP, List.of(hosting, mail, lapsed), live))
                .extracting(RenewalsLosingCashback.Renewal::subscriptionId).containsExactly(hosting.id());
        assertThat(losing.of("ps-other", List.of(hosting), live)).isEmpty();
    }

    private Subscription started(String productId, int quantity, List<PartnershipTerms> live, BillingPeriod period) {
        String orderId = "ord-" + productId + "-" + quantity;
        Order order = checkout.placeByCustomer(orderId, new OrderRequest(CUSTOMER, Currency.CHF,
                List.of(new RequestedLine(productId, quantity, orderId + "-1")), false, null), live, START);
        return Subscription.start(order, order.lines().get(0), period);
    }
}
