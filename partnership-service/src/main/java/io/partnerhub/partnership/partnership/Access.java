package io.partnerhub.partnership.partnership;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a partner may reach in a customer's organization (R7, R8). Limited access lists product ids
 * and/or whole product categories (a category covers every product of it, later ones too) and has
 * no payment mode; full access covers everything and always has a payment mode.
 */
public record Access(AccessLevel level, Set<String> productIds, Set<String> productCategories,
                     PaymentMode paymentMode) {

    public Access {
        Objects.requireNonNull(level, "level");
        productIds = copyWithoutNulls(productIds, "product ids");
        productCategories = copyWithoutNulls(productCategories, "product categories");
        if (level == AccessLevel.LIMITED) {
            if (paymentMode != null) {
                throw new IllegalArgumentException("limited access has no payment mode");
            }
            if (productIds.isEmpty() && productCategories.isEmpty()) {
                throw new IllegalArgumentException("limited access needs at least one product or category");
            }
        } else {
            if (paymentMode == null) {
                throw new IllegalArgumentException("full access needs a payment mode");
            }
            if (!productIds.isEmpty() || !productCategories.isEmpty()) {
                throw new IllegalArgumentException("full access covers every product: list none");
            }
        }
    }

    private static Set<String> copyWithoutNulls(Set<String> values, String what) {
        if (values == null) {
            return Set.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(what + " may not contain null");
        }
        return Set.copyOf(values);
    }

    public static Access limited(Set<String> productIds, Set<String> productCategories) {
        return new Access(AccessLevel.LIMITED, productIds, productCategories, null);
    }

    public static Access full(PaymentMode paymentMode) {
        return new Access(AccessLevel.FULL, Set.of(), Set.of(), paymentMode);
    }

    public boolean isFull() {
        return level == AccessLevel.FULL;
    }

    /** Whether this access reaches the product (of the given category). */
    public boolean covers(String productId, String productCategory) {
        return isFull() || productIds.contains(productId)
                || (productCategory != null && productCategories.contains(productCategory));
    }

    /** Whether everything {@code other} reaches is already reached by this access. */
    public boolean includes(Access other) {
        if (isFull()) {
            return true;
        }
        if (other.isFull()) {
            return false;
        }
        return productCategories.containsAll(other.productCategories)
                && other.productIds.stream().allMatch(productIds::contains);
    }

    /** This access widened by {@code extra}; a full result takes the given payment mode. */
    public Access widenedBy(Access extra, PaymentMode paymentModeIfFull) {
        if (isFull()) {
            return this;
        }
        if (extra.isFull()) {
            return full(paymentModeIfFull == null ? PaymentMode.CUSTOMER : paymentModeIfFull);
        }
        Set<String> ids = new TreeSet<>(productIds);
        ids.addAll(extra.productIds);
        Set<String> categories = new TreeSet<>(productCategories);
        categories.addAll(extra.productCategories);
        return limited(ids, categories);
    }
}
