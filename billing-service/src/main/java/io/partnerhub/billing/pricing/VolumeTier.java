package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Rate;

/** From this many units of one web/mail hosting product on one line, the price is reduced by the rate. */
public record VolumeTier(int fromQuantity, Rate reduction) {

    public VolumeTier {
        if (fromQuantity < 1) {
            throw new IllegalArgumentException("A tier starts at 1 unit or more");
        }
    }
}
