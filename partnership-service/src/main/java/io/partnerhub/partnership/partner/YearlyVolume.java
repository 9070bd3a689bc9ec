package io.partnerhub.partnership.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A partner's yearly volume of managed products, as billing reports it. Money, never a float. */
public record YearlyVolume(int year, BigDecimal amount, Currency currency) {

    public YearlyVolume {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("yearly volume cannot be negative");
        }
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static YearlyVolume none(int year) {
        return new YearlyVolume(year, BigDecimal.ZERO, Currency.CHF);
    }
}
