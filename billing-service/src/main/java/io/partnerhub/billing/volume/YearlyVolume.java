package io.partnerhub.billing.volume;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

/**
 * The public value of the products a partner manages, ordered or renewed in one calendar year, in
 * one currency (R2). Each currency is measured against its own threshold; the program condition is
 * met when either reaches it.
 */
public record YearlyVolume(String partnerId, int year, Currency currency, Money amount) {

    public static YearlyVolume start(String partnerId, int year, Currency currency) {
        return new YearlyVolume(partnerId, year, currency, Money.zero(currency));
    }

    public Money threshold() {
        return VolumeThreshold.of(currency);
    }

    public boolean atOrAboveThreshold() {
        return amount.isAtLeast(threshold());
    }

    /**
     * Adds an order's managed value. The change is worth publishing when the threshold is crossed,
     * and on the year's first contribution (so a new year's status is known, R2 "visible").
     */
    public VolumeChange add(Money managedValue) {
        YearlyVolume after = new YearlyVolume(partnerId, year, currency, amount.plus(managedValue));
        boolean firstOfYear = amount.isZero() && managedValue.isPositive();
        boolean crossed = after.atOrAboveThreshold() != atOrAboveThreshold();
        return new VolumeChange(after, firstOfYear || crossed);
    }

    public record VolumeChange(YearlyVolume after, boolean worthPublishing) {
    }
}
