package io.partnerhub.billing.pricing;

import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.benefit.Orderer;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.PaymentMode;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.money.Rate;
import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of pricing and of the benefit matrix over random products, quantities and partnerships. */
class PricingPropertiesTest {

    private final LinePricing pricing = new LinePricing(PriceList.standard());
    private final Checkout checkout = new Checkout(pricing);

    @Property
    void partnerPriceNeverExceedsPublicPrice(@ForAll("productIds") String productId,
                                             @ForAll @IntRange(min = 1, max = 10_000) int quantity,
                                             @ForAll Currency currency) {
        LinePrice price = pricing.price(productId, quantity, currency);

        assertThat(price.partnerPrice()).isLessThanOrEqualTo(price.publicPrice());
        assertThat(price.publicPrice()).isLessThanOrEqualTo(price.listAmount());
        assertThat(price.partnerSaving().isNegative()).isFalse();
        assertThat(price.partnerPrice().isNegative()).isFalse();
    }

    @Property
    void anyUnitPriceAndRatesKeepTheOrder(@ForAll @IntRange(min = 1, max = 1_000_000) int cents,
                                          @ForAll @IntRange(min = 1, max = 500) int quantity,
                                          @ForAll @IntRange(max = 35) int partnerRate,
                                          @ForAll @IntRange(max = 50) int tierRate) {
        Money list = new Money(BigDecimal.valueOf(cents, 2), Currency.CHF).times(quantity);
        Money publicPrice = list.reducedBy(Rate.percent(tierRate));
        Money partnerPrice = list.reducedBy(Rate.percent(partnerRate)).reducedBy(Rate.percent(tierRate));

        assertThat(partnerPrice).isLessThanOrEqualTo(publicPrice);
    }

    @Property
    void linesCarryAtMostOneBenefitAndTotalsAreSumsOfLines(@ForAll("orders") OrderCase orderCase) {
        Order order = orderCase.orderer() == Orderer.PARTNER
                ? checkout.placeByPartner("o", orderCase.request(), orderCase.terms(), Instant.EPOCH)
                : checkout.placeByCustomer("o", orderCase.request(), List.of(orderCase.terms()), Instant.EPOCH);

        Money zero = Money.zero(order.currency());
        for (OrderLine line : order.lines()) {
            assertThat(line.cashback().isPositive() && line.discount().isPositive()).isFalse();
            assertThat(line.cashback().isNegative() || line.discount().isNegative()).isFalse();
            if (line.benefit() != Benefit.DISCOUNT) {
                assertThat(line.pricePaid()).isEqualTo(line.publicPrice());
            }
            assertThat(line.pricePaid().plus(line.discount())).isEqualTo(line.publicPrice());
        }
        assertThat(order.total()).isEqualTo(order.lines().stream().map(OrderLine::pricePaid).reduce(zero, Money::plus));
        assertThat(order.cashbackTotal().plus(order.discountTotal())).isEqualTo(
                order.lines().stream().map(OrderLine::benefitAmount).reduce(zero, Money::plus));
        assertThat(order.total()).isLessThanOrEqualTo(
                order.lines().stream().map(OrderLine::publicPrice).reduce(zero, Money::plus));
    }

    @Provide
    Arbitrary<String> productIds() {
        return Arbitraries.of(PriceList.standard().products().stream().map(Product::id).toList());
    }

    @Provide
    Arbitrary<OrderCase> orders() {
        Arbitrary<RequestedLine> line = Combinators.combine(productIds(), Arbitraries.integers().between(1, 200))
                .as(RequestedLine::new);
        Arbitrary<PartnershipTerms> terms = Arbitraries.of(AccessLevel.values()).flatMap(access ->
                Arbitraries.of(PaymentMode.values()).map(mode -> new PartnershipTerms("ps", "p", "c", access,
                        Set.of(), access == AccessLevel.LIMITED ? Set.of("WEB_HOSTING", "BACKUP", "DOMAIN", "MAIL_HOSTING", "CLOUD_SERVER") : Set.of(),
                        mode, true, Instant.EPOCH)));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(Currency.values()),
                        Arbitraries.of(Orderer.values()), terms)
                .as((lines, currency, orderer, t) -> new OrderCase(
                        new OrderRequest("c", currency, lines, false, null), orderer, t));
    }

    record OrderCase(OrderRequest request, Orderer orderer, PartnershipTerms terms) {
    }

    @Property
    void tierNeverDecreasesWithQuantity(@ForAll @IntRange(min = 1, max = 9_999) int quantity) {
        Rate smaller = VolumeTiers.STANDARD.reductionFor(quantity);
        Rate larger = VolumeTiers.STANDARD.reductionFor(quantity + 1);
        assertThat(larger.percent()).isGreaterThanOrEqualTo(smaller.percent());
    }
}
