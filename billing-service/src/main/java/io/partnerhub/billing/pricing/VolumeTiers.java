package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Rate;

import java.util.Comparator;
import java.util.List;

/**
 * The decreasing ("escalonado") price of web and mail hosting: the more units on one line, the
 * larger the reduction. The standard table is consistent with the seed (35 web hostings → 25%).
 */
public record VolumeTiers(List<VolumeTier> tiers) {

    public static final VolumeTiers STANDARD = new VolumeTiers(List.of(
            new VolumeTier(1, Rate.percent(0)),
            new VolumeTier(5, Rate.percent(5)),
            new VolumeTier(10, Rate.percent(10)),
            new VolumeTier(20, Rate.percent(20)),
            new VolumeTier(30, Rate.percent(25)),
            new VolumeTier(50, Rate.percent(30))));

    public VolumeTiers {
        tiers = tiers.stream().sorted(Comparator.comparingInt(VolumeTier::fromQuantity)).toList();
    }

    public Rate reductionFor(int quantity) {
        Rate reduction = Rate.ZERO;
        for (VolumeTier tier : tiers) {
            if (quantity >= tier.fromQuantity()) {
                reduction = tier.reduction();
            }
        }
        return reduction;
    }
}
