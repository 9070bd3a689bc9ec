package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.money.Rate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinePricingTest {

    private final LinePricing pricing = new LinePricing(PriceList.standard());

    @Test
    void seedExampleInSwissFrancs() {
        LinePrice price = pricing.price("web-hosting", 35, Currency.CHF);

        assertThat(price.listAmount()).isEqualTo(chf("347.20"));
        assertThat(price.afterPartnerRate()).isEqualTo(chf("277.76"));
        assertThat(price.tierRate()).isEqualTo(Rate.percent(25));
        assertThat(price.partnerPrice()).isEqualTo(chf("208.32"));
    }

    @Test
    void seedExampleInEuros() {
        LinePrice price = pricing.price("web-hosting", 35, Currency.EUR);

        assertThat(price.listAmount()).isEqualTo(eur("201.25"));
        assertThat(price.afterPartnerRate()).isEqualTo(eur("161.00"));
        assertThat(price.partnerPrice()).isEqualTo(eur("120.75"));
    }

    @Test
    void publicPriceHasTheTierButNotThePartnerRateSoCashbackIsTheDifference() {
        LinePrice price = pricing.price("web-hosting", 35, Currency.CHF);

        assertThat(price.publicPrice()).isEqualTo(chf("260.40"));   // 347.20 − 25%
        assertThat(price.partnerSaving()).isEqualTo(chf("52.08"));  // 260.40 − 208.32
    }

    @ParameterizedTest(name = "{0} web hostings: tier {1}%, public CHF {2}, partner CHF {3}")
    @CsvSource({
            "1, 0, 9.92, 7.94",
            "4, 0, 39.68, 31.74",
            "5, 5, 47.12, 37.70",       // 49.60 → 39.68 → −5% 37.696 → 37.70
            "10, 10, 89.28, 71.42",     // 99.20 → 79.36 → −10% 71.424 → 71.42
            "20, 20, 158.72, 126.98",   // 198.40 → 158.72 → −20% 126.976 → 126.98
            "30, 25, 223.20, 178.56",
            "49, 25, 364.56, 291.65",   // 486.08 → 388.864→388.86 → −25% 291.645 → 291.65
            "50, 30, 347.20, 277.76"})
    void tiersOfWebHosting(int quantity, int tier, String publicPrice, String partnerPrice) {
        LinePrice price = pricing.price("web-hosting", quantity, Currency.CHF);

        assertThat(price.tierRate()).isEqualTo(Rate.percent(tier));
        assertThat(price.publicPrice()).isEqualTo(chf(publicPrice));
        assertThat(price.partnerPrice()).isEqualTo(chf(partnerPrice));
    }

    @Test
    void mailHostingIsTieredToo() {
        LinePrice price = pricing.price("mail-hosting", 12, Currency.EUR); // 16.80

        assertThat(price.tierRate()).isEqualTo(Rate.percent(10));
        assertThat(price.publicPrice()).isEqualTo(eur("15.12"));
        assertThat(price.partnerPrice()).isEqualTo(eur("12.10")); // 13.44 → −10% 12.096 → 12.10
    }

    @Test
    void backupHasTheHighestPartnerRateAndNoTier() {
        LinePrice price = pricing.price("swiss-backup", 40, Currency.CHF); // 220.00

        assertThat(price.partnerRate()).isEqualTo(Rate.percent(35));
        assertThat(price.tierRate()).isEqualTo(Rate.ZERO);
        assertThat(price.publicPrice()).isEqualTo(chf("220.00"));
        assertThat(price.partnerPrice()).isEqualTo(chf("143.00"));
        assertThat(price.partnerSaving()).isEqualTo(chf("77.00"));
    }

    @Test
    void cloudServerInEurosAtTwentyFivePercent() {
        LinePrice price = pricing.price("cloud-server", 3, Currency.EUR); // 52.50

        assertThat(price.partnerPrice()).isEqualTo(eur("39.38")); // 39.375 → 39.38 HALF_UP
    }

    @Test
    void refusesUnknownProductsAndSillyQuantities() {
        assertThatThrownBy(() -> pricing.price("nope", 1, Currency.CHF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricing.price("web-hosting", 0, Currency.CHF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricing.price("web-hosting", 10_001, Currency.CHF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void categoriesParseInEitherSpelling() {
        assertThat(ProductCategory.parse("web-hosting")).isEqualTo(ProductCategory.WEB_HOSTING);
        assertThat(ProductCategory.MAIL_HOSTING.isNamedBy("mail_hosting")).isTrue();
        assertThat(ProductCategory.MAIL_HOSTING.isNamedBy("whatever")).isFalse();
    }

    static Money chf(String amount) {
        return Money.of(amount, Currency.CHF);
    }

    static Money eur(String amount) {
        return Money.of(amount, Currency.EUR);
    }
}
