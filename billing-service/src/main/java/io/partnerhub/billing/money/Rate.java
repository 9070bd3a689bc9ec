package io.partnerhub.billing.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A reduction rate between 0% and 100%, kept as an exact percentage (e.g. 20, 25, 35). */
public record Rate(BigDecimal percent) {

    public static final Rate ZERO = percent(0);

    public Rate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A rate lies between 0 and 100 percent: " + percent);
        }
        percent = percent.stripTrailingZeros();
    }

    public static Rate percent(int percent) {
        return new Rate(BigDecimal.valueOf(percent));
    }

    /** The factor left after the reduction: 1 − percent/100, exact. */
    BigDecimal remainingFactor() {
        return BigDecimal.ONE.subtract(percent.movePointLeft(2));
    }

    public boolean isZero() {
        return percent.signum() == 0;
    }

    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
