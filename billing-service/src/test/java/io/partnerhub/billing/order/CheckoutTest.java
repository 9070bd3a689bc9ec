package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.benefit.BenefitReason;
import io.partnerhub.billing.benefit.Orderer;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.benefit.PaymentMode;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.pricing.LinePricing;
import io.partnerhub.billing.pricing.PriceList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.partnerhub.billing.benefit.PartnershipTermsFixture.CUSTOMER;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.PARTNER;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.ended;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.full;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.limitedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckoutTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final Checkout checkout = new Checkout(new LinePricing(PriceList.standard()));

    @Test
    void partnerPayingWithItsOwnMeansGetsTheSeedsDiscountAndTheInvoice() {
        Order order = checkout.placeByPartner("o1", request(Payer.PARTNER, new RequestedLine("web-hosting", 35)),
                full(PaymentMode.PARTNER), NOW);

        assertThat(order.paidBy()).isEqualTo(Payer.PARTNER);
        assertThat(order.total()).isEqualTo(Money.of("208.32", Currency.CHF));
        assertThat(order.discountTotal()).isEqualTo(Money.of("52.08", Currency.CHF));
        assertThat(order.cashbackTotal().isZero()).isTrue();
        assertThat(order.invoice().payerOrganizationId()).isEqualTo(PARTNER);
        assertThat(order.invoice().customerId()).isEqualTo(CUSTOMER);
        assertThat(order.invoice().visibleTo(CUSTOMER)).isFalse();
    }

    @Test
    void customerOrderUnderFullAccessPaysPublicPriceAndThePartnerEarnsCashback() {
        Order order = checkout.placeByCustomer("o2", request(null, new RequestedLine("web-hosting", 35),
                new RequestedLine("swiss-backup", 2)), List.of(full(PaymentMode.PARTNER)), NOW);

        assertThat(order.paidBy()).isEqualTo(Payer.CUSTOMER);
        assertThat(order.orderedBy()).isEqualTo(Orderer.CUSTOMER);
        assertThat(order.partnerId()).isEqualTo(PARTNER);
        assertThat(order.total()).isEqualTo(Money.of("271.40", Currency.CHF)); // 260.40 + 11.00
        assertThat(order.cashbackTotal()).isEqualTo(Money.of("55.93", Currency.CHF)); // 52.08 + (11.00 − 7.15)
        assertThat(order.lines()).extracting(OrderLine::reason)
                .containsOnly(BenefitReason.R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS);
        assertThat(order.invoice().visibleTo(CUSTOMER)).isTrue();
        assertThat(order.invoice().visibleTo(PARTNER)).isFalse();
    }

    @Test
    void limitedAccessGivesCashbackOnlyOnManagedLines() {
        Order order = checkout.placeByCustomer("o3", request(null, new RequestedLine("web-hosting", 1),
                new RequestedLine("domain-ch", 1)), List.of(limitedTo("WEB_HOSTING")), NOW);

        assertThat(order.lines()).extracting(OrderLine::benefit).containsExactly(Benefit.CASHBACK, Benefit.NONE);
        assertThat(order.managedVolume()).isEqualTo(Money.of("9.92", Currency.CHF));
    }

    @Test
    void customerWithoutPartnershipIsNotAttributed() {
        Order order = checkout.placeByCustomer("o4", request(null, new RequestedLine("domain-ch", 3)), List.of(), NOW);

        assertThat(order.partnerId()).isNull();
        assertThat(order.lines()).extracting(OrderLine::reason).containsOnly(BenefitReason.NONE_NO_LIVE_PARTNERSHIP);
        assertThat(order.total()).isEqualTo(Money.of("3.30", Currency.CHF));
    }

    @Test
    void customerOrderGoesToTheFullAccessPartnerFirst() {
        PartnershipTerms limited = new PartnershipTerms("ps-2", "partner-2", CUSTOMER,
                io.partnerhub.billing.benefit.AccessLevel.LIMITED, java.util.Set.of(), java.util.Set.of("WEB_HOSTING"),
                null, true, Instant.parse("2020-01-01T00:00:00Z"));

        Order order = checkout.placeByCustomer("o5", request(null, new RequestedLine("web-hosting", 1)),
                List.of(limited, full(PaymentMode.CUSTOMER)), NOW);

        assertThat(order.partnerId()).isEqualTo(PARTNER);
    }

    @Test
    void partnerRefusals() {
        assertRefused(() -> checkout.placeByPartner("o", request(null, new RequestedLine("web-hosting", 1)), null, NOW),
                OrderRefusal.NO_LIVE_PARTNERSHIP);
        assertRefused(() -> checkout.placeByPartner("o", request(null, new RequestedLine("web-hosting", 1)),
                ended(full(PaymentMode.PARTNER)), NOW), OrderRefusal.NO_LIVE_PARTNERSHIP);
        assertRefused(() -> checkout.placeByPartner("o", request(null, new RequestedLine("swiss-backup", 1)),
                limitedTo("WEB_HOSTING"), NOW), OrderRefusal.PRODUCT_NOT_GRANTED);
        assertRefused(() -> checkout.placeByPartner("o", request(Payer.PARTNER, new RequestedLine("web-hosting", 1)),
                full(PaymentMode.CUSTOMER), NOW), OrderRefusal.PARTNER_MEANS_NOT_ALLOWED);
        assertRefused(() -> checkout.placeByPartner("o", request(Payer.PARTNER, new RequestedLine("web-hosting", 1)),
                limitedTo("WEB_HOSTING"), NOW), OrderRefusal.PARTNER_MEANS_NOT_ALLOWED);
        assertRefused(() -> checkout.placeByPartner("o", request(Payer.CUSTOMER, new RequestedLine("web-hosting", 1)),
                full(PaymentMode.PARTNER), NOW), OrderRefusal.CUSTOMER_MEANS_NOT_ALLOWED);
        assertRefused(() -> checkout.placeByCustomer("o", request(Payer.PARTNER, new RequestedLine("web-hosting", 1)),
                List.of(full(PaymentMode.PARTNER)), NOW), OrderRefusal.CUSTOMER_PAYS_ITS_OWN_ORDERS);
    }

    @Test
    void unknownProductIsBadInput() {
        assertThatThrownBy(() -> checkout.placeByCustomer("o", request(null, new RequestedLine("nope", 1)), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaymentModeChangeAffectsOnlyTheNextOrder() {
        Order before = checkout.placeByPartner("o6", request(null, new RequestedLine("web-hosting", 35)),
                full(PaymentMode.CUSTOMER), NOW);
        Order after = checkout.placeByPartner("o7", request(null, new RequestedLine("web-hosting", 35)),
                full(PaymentMode.PARTNER), NOW);

        assertThat(before.lines().get(0).reason()).isEqualTo(BenefitReason.R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS);
        assertThat(before.total()).isEqualTo(Money.of("260.40", Currency.CHF));
        assertThat(after.lines().get(0).reason()).isEqualTo(BenefitReason.R20_FULL_PARTNER_MEANS_PARTNER_ORDERS);
        assertThat(after.total()).isEqualTo(Money.of("208.32", Currency.CHF));
    }

    private static OrderRequest request(Payer payer, RequestedLine... lines) {
        return new OrderRequest(CUSTOMER, Currency.CHF, List.of(lines), false, payer);
    }

    private static void assertRefused(Runnable placing, OrderRefusal refusal) {
        assertThatThrownBy(placing::run).isInstanceOfSatisfying(OrderRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
