package io.partnerhub.partnership.access;

import java.util.Objects;
import java.util.Set;

/** Who (user, organization, roles there) wants to act on which product (and category) of which customer. */
public record AccessQuestion(String userId, String organizationId, Set<String> roles, String customerId,
                             String productId, String productCategory) {

    public AccessQuestion {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(productId, "productId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
