package io.partnerhub.partnership.web;

import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.AccessLevel;
import io.partnerhub.partnership.partnership.PaymentMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** Access in requests and responses: LIMITED with products/categories, or FULL with a payment mode. */
public record AccessBody(@NotNull AccessLevel level,
                         @Size(max = 500) Set<@NotNull @Size(min = 1, max = 100) String> productIds,
                         @Size(max = 50) Set<@NotNull @Size(min = 1, max = 100) String> productCategories,
                         PaymentMode paymentMode) {

    public Access toAccess() {
        return new Access(level, productIds, productCategories, paymentMode);
    }

    public static AccessBody of(Access access) {
        return access == null ? null
                : new AccessBody(access.level(), access.productIds(), access.productCategories(), access.paymentMode());
    }
}
