package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.money.Currency;

import java.util.List;
import java.util.Objects;

/**
 * An order or renewal asked for a customer's organization (products are always installed there:
 * R24). {@code requestedPayer} is optional; when given it must be what the partnership allows.
 */
public record OrderRequest(String customerId, Currency currency, List<RequestedLine> lines, boolean renewal,
                           Payer requestedPayer) {

    public OrderRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
    }
}
