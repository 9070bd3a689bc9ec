package io.partnerhub.billing.benefit;

import io.partnerhub.billing.pricing.ProductCategory;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The terms of one partnership an order is decided on — as partnership-service answers them at that
 * moment, or (a customer's own order while it cannot be reached) from billing's read model of its
 * events: who, which access, which products (limited access), which payment mode (full access), live or not.
 */
public record PartnershipTerms(String partnershipId, String partnerId, String customerId, AccessLevel access,
                               Set<String> productIds, Set<String> productCategories, PaymentMode paymentMode,
                               boolean live, Instant startedAt) {

    public PartnershipTerms {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(access, "access");
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        productCategories = productCategories == null ? Set.of() : Set.copyOf(productCategories);
        if (access == AccessLevel.FULL && paymentMode == null) {
            paymentMode = PaymentMode.CUSTOMER;
        }
        if (access == AccessLevel.LIMITED) {
            paymentMode = null;
        }
    }

    /** Full access covers every product; limited access the granted products or categories. */
    public boolean covers(String productId, ProductCategory category) {
        if (access == AccessLevel.FULL) {
            return true;
        }
        return productIds.contains(productId) || productCategories.stream().anyMatch(category::isNamedBy);
    }

    public boolean partnerPays() {
        return access == AccessLevel.FULL && paymentMode == PaymentMode.PARTNER;
    }
}
