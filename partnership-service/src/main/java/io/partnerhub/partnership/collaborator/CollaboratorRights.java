package io.partnerhub.partnership.collaborator;

import java.util.Objects;
import java.util.Set;

/**
 * R5: which customers one of the partner's own users may manage — all of them, or the listed
 * ones. A collaborator never reaches more than the partnership grants.
 */
public record CollaboratorRights(String userId, boolean allCustomers, Set<String> customerIds) {

    public CollaboratorRights {
        Objects.requireNonNull(userId, "userId");
        customerIds = Set.copyOf(customerIds == null ? Set.of() : customerIds);
        if (allCustomers && !customerIds.isEmpty()) {
            throw new IllegalArgumentException("either all customers or a list of customers, not both");
        }
        if (!allCustomers && customerIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one customer, or all customers");
        }
    }

    public boolean mayManage(String customerId) {
        return allCustomers || customerIds.contains(customerId);
    }
}
