package io.partnerhub.tender.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount with two decimals and its currency; never a float. */
public record Money(BigDecimal amount, Currency currency) {

    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has at most two decimals: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money is never negative: " + amount);
        }
        if (amount.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException("amount too large: " + amount);
        }
    }

    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean isMoreThan(Money other) {
        return amount.compareTo(other.amount) > 0;
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
