package io.partnerhub.notification.message;

import java.util.List;

/**
 * What a customer grants (or a partner requests), as an email shows it (R7, R8): the level
 * (LIMITED or FULL), the product categories and products under limited access, and the payment
 * mode (CUSTOMER or PARTNER) under full access.
 */
public record AccessSummary(String level, List<String> productCategories, List<String> productIds,
                            String paymentMode) {

    public AccessSummary {
        productCategories = productCategories == null ? List.of() : List.copyOf(productCategories);
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    public boolean full() {
        return "FULL".equals(level);
    }
}
