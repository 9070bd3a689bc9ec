package io.partnerhub.billing.pricing;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.util.Map;
import java.util.Objects;

/** A product of the price list with its public monthly price, excluding VAT, in each currency. */
public record Product(String id, String name, ProductCategory category, Map<Currency, Money> monthlyPrice) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        monthlyPrice = Map.copyOf(monthlyPrice);
        monthlyPrice.forEach((currency, price) -> {
            if (price.currency() != currency || !price.isPositive()) {
                throw new IllegalArgumentException("Bad " + currency + " price for " + id + ": " + price);
            }
        });
    }

    public Money unitPrice(Currency currency) {
        Money price = monthlyPrice.get(currency);
        if (price == null) {
            throw new IllegalArgumentException("Product " + id + " has no " + currency + " price");
        }
        return price;
    }
}
