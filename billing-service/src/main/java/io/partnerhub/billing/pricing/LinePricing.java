package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.money.Rate;

/**
 * Prices one line (R21, R22): the partner rate first, then the volume tier on what is left, each
 * step rounded to the cent HALF_UP on the line amount (see {@link Money}).
 */
public final class LinePricing {

    public static final int MAX_QUANTITY = 10_000;

    private final PriceList priceList;

    public LinePricing(PriceList priceList) {
        this.priceList = priceList;
    }

    public LinePrice price(String productId, int quantity, Currency currency) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("Quantity must be between 1 and " + MAX_QUANTITY + ": " + quantity);
        }
        Product product = priceList.product(productId);
        Money listAmount = product.unitPrice(currency).times(quantity);
        Rate tierRate = product.category().volumeTiered() ? priceList.volumeTiers().reductionFor(quantity) : Rate.ZERO;
        Rate partnerRate = product.category().partnerRate();
        Money afterPartnerRate = listAmount.reducedBy(partnerRate);
        return new LinePrice(listAmount, tierRate, listAmount.reducedBy(tierRate), partnerRate,
                afterPartnerRate, afterPartnerRate.reducedBy(tierRate));
    }

    public PriceList priceList() {
        return priceList;
    }
}
