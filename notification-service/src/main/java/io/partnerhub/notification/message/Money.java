package io.partnerhub.notification.message;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount and its ISO currency code (CHF, EUR); never a float. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
