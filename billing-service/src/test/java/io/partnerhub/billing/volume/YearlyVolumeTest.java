package io.partnerhub.billing.volume;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyVolumeTest {

    @Test
    void firstContributionOfTheYearIsPublishedBelowThreshold() {
        YearlyVolume.VolumeChange change = YearlyVolume.start("p", 2026, Currency.CHF).add(Money.of("260.40", Currency.CHF));

        assertThat(change.worthPublishing()).isTrue();
        assertThat(change.after().atOrAboveThreshold()).isFalse();
    }

    @Test
    void crossingChf2000IsPublishedOnceAndLaterOrdersAreNot() {
        YearlyVolume volume = new YearlyVolume("p", 2026, Currency.CHF, Money.of("1999.99", Currency.CHF));

        YearlyVolume.VolumeChange crossing = volume.add(Money.of("0.01", Currency.CHF));
        YearlyVolume.VolumeChange further = crossing.after().add(Money.of("500", Currency.CHF));

        assertThat(crossing.worthPublishing()).isTrue();
        assertThat(crossing.after().atOrAboveThreshold()).isTrue();
        assertThat(further.worthPublishing()).isFalse();
    }

    @Test
    void euroThresholdIs1800() {
        YearlyVolume below = new YearlyVolume("p", 2026, Currency.EUR, Money.of("1799.99", Currency.EUR));
        YearlyVolume at = new YearlyVolume("p", 2026, Currency.EUR, Money.of("1800.00", Currency.EUR));

        assertThat(below.atOrAboveThreshold()).isFalse();
        assertThat(at.atOrAboveThreshold()).isTrue();
        assertThat(at.threshold()).isEqualTo(Money.of("1800", Currency.EUR));
    }

    @Test
    void belowThresholdOrdersInTheYearArentPublishedAgain() {
        YearlyVolume volume = new YearlyVolume("p", 2026, Currency.CHF, Money.of("100", Currency.CHF));

        assertThat(volume.add(Money.of("100", Currency.CHF)).worthPublishing()).isFalse();
    }
}
