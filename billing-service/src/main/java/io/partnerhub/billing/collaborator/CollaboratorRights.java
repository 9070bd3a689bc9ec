package io.partnerhub.billing.collaborator;

import java.util.Objects;
import java.util.Set;

/**
 * R5 as billing last heard it from partnership-service: which customers one of the partner's own
 * users may manage — all of them or the listed ones — unless the partner withdrew the rights.
 */
public record CollaboratorRights(String partnerId, String userId, boolean allCustomers, Set<String> customerIds,
                                 boolean withdrawn) {

    public CollaboratorRights {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(userId, "userId");
        customerIds = customerIds == null ? Set.of() : Set.copyOf(customerIds);
    }

    public boolean mayManage(String customerId) {
        return !withdrawn && (allCustomers || customerIds.contains(customerId));
    }
}
