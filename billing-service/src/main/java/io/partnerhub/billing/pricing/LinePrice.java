package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.money.Rate;

/**
 * The prices of one line, every step kept so a statement can show how it was reached.
 *
 * @param listAmount   unit price × quantity
 * @param tierRate     volume reduction of web/mail hosting (0% elsewhere)
 * @param publicPrice  what anybody pays: list amount reduced by the tier
 * @param partnerRate  the partner's preferential rate of the category
 * @param afterPartnerRate list amount reduced by the partner rate (the seed's CHF 277.76)
 * @param partnerPrice the partner's price: after partner rate, then reduced by the tier (CHF 208.32)
 */
public record LinePrice(Money listAmount, Rate tierRate, Money publicPrice, Rate partnerRate,
                        Money afterPartnerRate, Money partnerPrice) {

    /** R18: cashback, or the discount, is the public price minus the partner's price. */
    public Money partnerSaving() {
        return publicPrice.minus(partnerPrice);
    }
}
