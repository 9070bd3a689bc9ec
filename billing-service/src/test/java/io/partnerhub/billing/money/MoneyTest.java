package io.partnerhub.billing.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void alwaysHasTwoDecimals() {
        assertThat(Money.of("161", Currency.EUR).amount()).isEqualTo(new BigDecimal("161.00"));
        assertThat(Money.of("161", Currency.EUR)).isEqualTo(Money.of("161.00", Currency.EUR));
    }

    @Test
    void refusesFractionsOfACent() {
        assertThatThrownBy(() -> Money.of("1.005", Currency.CHF)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reductionRoundsHalfUpToTheCent() {
        // 0.225 → 0.23 and 0.025 → 0.03: HALF_UP (HALF_EVEN would give 0.22 and 0.02)
        assertThat(Money.of("0.25", Currency.CHF).reducedBy(Rate.percent(10))).isEqualTo(Money.of("0.23", Currency.CHF));
        assertThat(Money.of("0.05", Currency.CHF).reducedBy(Rate.percent(50))).isEqualTo(Money.of("0.03", Currency.CHF));
        assertThat(Money.of("9.92", Currency.CHF).reducedBy(Rate.percent(20))).isEqualTo(Money.of("7.94", Currency.CHF));
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of("1", Currency.CHF).plus(Money.of("1", Currency.EUR)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateStaysWithinZeroAndHundred() {
        assertThatThrownBy(() -> Rate.percent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.percent(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("10", Currency.CHF).reducedBy(Rate.percent(100)).isZero()).isTrue();
    }
}
