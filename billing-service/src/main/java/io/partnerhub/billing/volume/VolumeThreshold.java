package io.partnerhub.billing.volume;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

/** R2: a partner's yearly managed volume must reach CHF 2000 or EUR 1800. */
public final class VolumeThreshold {

    private VolumeThreshold() {
    }

    public static Money of(Currency currency) {
        return currency == Currency.CHF ? Money.of("2000.00", Currency.CHF) : Money.of("1800.00", Currency.EUR);
    }
}
