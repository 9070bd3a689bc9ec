package io.partnerhub.partnership.persistence;

import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.AccessLevel;
import io.partnerhub.partnership.partnership.PaymentMode;

import java.util.List;
import java.util.Set;

/** An access as stored: {@code {level, productIds: [...], productCategories: [...], paymentMode}}, lists sorted. */
public record AccessFields(AccessLevel level, List<String> productIds, List<String> productCategories,
                           PaymentMode paymentMode) {

    /** Null for no access (an invitation not granted yet). */
    public static AccessFields from(Access access) {
        return access == null ? null : new AccessFields(access.level(), access.productIds().stream().sorted().toList(),
                access.productCategories().stream().sorted().toList(), access.paymentMode());
    }

    public static Access toAccess(AccessFields fields) {
        return fields == null ? null : new Access(fields.level, Set.copyOf(orEmpty(fields.productIds)),
                Set.copyOf(orEmpty(fields.productCategories)), fields.paymentMode);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
