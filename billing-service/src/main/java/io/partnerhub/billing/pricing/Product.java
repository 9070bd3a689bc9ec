package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.util.Map;
import java.util.Objects;

/**
 * A product of the price list: its public price per billing period, excluding VAT, in each currency.
 * One order of it lasts one period, then its subscription renews.
 */
public record Product(String id, String name, ProductCategory category, BillingPeriod period,
                      Map<Currency, Money> price) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(period, "period");
        price = Map.copyOf(price);
        price.forEach((currency, amount) -> {
            if (amount.currency() != currency || !amount.isPositive()) {
                throw new IllegalArgumentException("Bad " + currency + " price for " + id + ": " + amount);
            }
        });
    }

    public Money unitPrice(Currency currency) {
        Money unit = price.get(currency);
        if (unit == null) {
            throw new IllegalArgumentException("Product " + id + " has no " + currency + " price");
        }
        return unit;
    }

    /** Whether it can be ordered (or renewed) in {@code currency}. */
    public boolean soldIn(Currency currency) {
        return price.containsKey(currency);
    }
}
