package io.partnerhub.billing.subscription;

import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.Payer;
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
import io.partnerhub.billing.pricing.VolumeTiers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.partnerhub.billing.benefit.PartnershipTermsFixture.CUSTOMER;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.PARTNER;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.full;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.limitedTo;
import static org.assertj.core.api.Assertions.assertThat;

/** R18–R20, R25 on renewals: the terms in force on the renewal date decide who pays and who earns. */
class ScheduledRenewalTest {

    private static final Instant START = Instant.parse("2026-01-31T09:00:00Z");
    private static final Instant RENEWAL = Instant.parse("2026-02-28T09:00:00Z");

    private final PriceList priceList = PriceList.standard();
    private final Checkout checkout = new Checkout(new LinePricing(priceList));
    private final ScheduledRenewal renewal = new ScheduledRenewal(checkout, priceList);

    @Test
    void fullAccessWithTheCustomerPayingRenewsForTheCustomerWithCashback() {
        Subscription subscription = startedByCustomer(List.of(full(PaymentMode.CUSTOMER)));

        Order order = renewed(renewal.decide(subscription, List.of(full(PaymentMode.CUSTOMER)), RENEWAL));

        assertThat(order.paidBy()).isEqualTo(Payer.CUSTOMER);
        assertThat(order.payerOrganizationId()).isEqualTo(CUSTOMER);
        assertThat(order.renewal()).isTrue();
        assertThat(order.lines().get(0).benefit()).isEqualTo(Benefit.CASHBACK);
        assertThat(order.cashbackTotal()).isEqualTo(Money.of("1.98", Currency.CHF)); // 9.92 × 20 %
        assertThat(order.lines().get(0).subscriptionId()).isEqualTo(subscription.id());
    }

    @Test
    void aSwitchToPartnerPaymentBeforeTheDateMakesThePartnerRenewWithTheDiscountAndTheInvoice() {
        Subscription subscription = startedByCustomer(List.of(full(PaymentMode.CUSTOMER)));

        Order order = renewed(renewal.decide(subscription, List.of(full(PaymentMode.PARTNER)), RENEWAL));

        assertThat(order.paidBy()).isEqualTo(Payer.PARTNER);
        assertThat(order.payerOrganizationId()).isEqualTo(PARTNER);
        assertThat(order.lines().get(0).benefit()).isEqualTo(Benefit.DISCOUNT);
        assertThat(order.total()).isEqualTo(Money.of("7.94", Currency.CHF));
        assertThat(order.cashbackTotal().isPositive()).isFalse();
    }

    @Test
    void withoutALivePartnershipTheCustomerRenewsAndNobodyEarns() {
        Subscription subscription = startedByCustomer(List.of(full(PaymentMode.PARTNER)));

        Order order = renewed(renewal.decide(subscription, List.of(), RENEWAL));

        assertThat(order.payerOrganizationId()).isEqualTo(CUSTOMER);
        assertThat(order.partnerId()).isNull();
        assertThat(order.lines().get(0).benefit()).isEqualTo(Benefit.NONE);
        assertThat(order.total()).isEqualTo(Money.of("9.92", Currency.CHF));
    }

    @Test
    void limitedAccessEarnsCashbackOnlyOnTheProductsThePartnerManages() {
        Subscription hosting = startedByCustomer(List.of(limitedTo("WEB_HOSTING")));

        Order order = renewed(renewal.decide(hosting, List.of(limitedTo("MAIL_HOSTING")), RENEWAL));

        assertThat(order.lines().get(0).benefit()).isEqualTo(Benefit.NONE);
        assertThat(renewed(renewal.decide(hosting, List.of(limitedTo("WEB_HOSTING")), RENEWAL)).cashbackTotal())
                .isEqualTo(Money.of("1.98", Currency.CHF));
    }

    @Test
    void whatThePartnerBoughtWithItsOwnMeansLapsesWhenNoPartnershipLetsItPay() {
        Order bought = checkout.placeByPartner("ord-1", request(null), full(PaymentMode.PARTNER), START);
        Subscription subscription = Subscription.start(bought, bought.lines().get(0), BillingPeriod.MONTHLY);

        assertThat(renewal.decide(subscription, List.of(), RENEWAL))
                .isEqualTo(new ScheduledRenewal.Lapse(LapseReason.NO_LIVE_PARTNERSHIP));
        assertThat(renewed(renewal.decide(subscription, List.of(full(PaymentMode.CUSTOMER)), RENEWAL))
                .payerOrganizationId()).as("the customer chose to pay under a live partnership").isEqualTo(CUSTOMER);
        assertThat(renewal.expectedPayer(subscription, List.of())).isEqualTo(PARTNER);
    }

    @Test
    void cancelledAutoRenewalOffAndWithdrawnProductsLapseWithTheirReason() {
        Subscription subscription = startedByCustomer(List.of());

        assertThat(renewal.decide(subscription.changed(new SubscriptionChange(null, null, true)), List.of(), RENEWAL))
                .isEqualTo(new ScheduledRenewal.Lapse(LapseReason.CANCELLED));
        assertThat(renewal.decide(subscription.changed(new SubscriptionChange(false, null, null)), List.of(), RENEWAL))
                .isEqualTo(new ScheduledRenewal.Lapse(LapseReason.AUTO_RENEWAL_OFF));
        ScheduledRenewal withoutHosting = new ScheduledRenewal(checkout, new PriceList(priceList.products().stream()
                .filter(product -> !product.id().equals("web-hosting")).toList(), VolumeTiers.STANDARD));
        assertThat(withoutHosting.decide(subscription, List.of(), RENEWAL))
                .isEqualTo(new ScheduledRenewal.Lapse(LapseReason.PRODUCT_WITHDRAWN));
    }

    @Test
    void theNextQuantityIsRenewedAndPricedOnItsOwnVolumeTier() {
        Subscription subscription = startedByCustomer(List.of())
                .changed(new SubscriptionChange(null, 35, null));

        Order order = renewed(renewal.decide(subscription, List.of(full(PaymentMode.PARTNER)), RENEWAL));

        assertThat(order.lines().get(0).quantity()).isEqualTo(35);
        assertThat(order.total()).as("R22: 347.20 → −20 % → −25 %").isEqualTo(Money.of("208.32", Currency.CHF));
    }

    @Test
    void everyInstanceDerivesTheSameRenewalOrderIdForOnePeriodAndANewOneForTheNext() {
        Subscription subscription = startedByCustomer(List.of());
        Order first = renewed(renewal.decide(subscription, List.of(), RENEWAL));

        assertThat(renewed(renewal.decide(subscription, List.of(full(PaymentMode.PARTNER)), RENEWAL)).orderId())
                .isEqualTo(first.orderId());
        Subscription next = subscription.renewedBy(first, first.lines().get(0));
        assertThat(ScheduledRenewal.orderIdFor(next)).isNotEqualTo(first.orderId());
    }

    private Subscription startedByCustomer(List<PartnershipTerms> live) {
        Order order = checkout.placeByCustomer("ord-0", request(null), live, START);
        return Subscription.start(order, order.lines().get(0), BillingPeriod.MONTHLY);
    }

    private static OrderRequest request(Payer payer) {
        return new OrderRequest(CUSTOMER, Currency.CHF, List.of(new RequestedLine("web-hosting", 1)), false, payer);
    }

    private static Order renewed(ScheduledRenewal.Outcome outcome) {
        assertThat(outcome).isInstanceOf(ScheduledRenewal.Renew.class);
        return ((ScheduledRenewal.Renew) outcome).order();
    }
}
