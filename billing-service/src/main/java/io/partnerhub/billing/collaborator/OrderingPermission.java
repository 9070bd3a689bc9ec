package io.partnerhub.billing.collaborator;

import java.util.Optional;
import java.util.Set;

/**
 * Which users of an organization may place orders and renewals for a customer. The customer's own
 * legal representatives and admins; the partner's likewise, and the partner's collaborators (R5)
 * only for the customers the partner assigned to them. The partnership itself (live, what it
 * covers) is checked by checkout; this is only about the user.
 */
public record OrderingPermission(boolean granted, String reason) {

    static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";
    static final String ADMIN = "ADMIN";
    static final String COLLABORATOR = "COLLABORATOR";

    public static OrderingPermission ofCustomerUser(Set<String> roles) {
        return committer(roles) ? granted("a legal representative or admin of the customer")
                : refused("Only legal representatives and admins place orders");
    }

    /** @param rights what billing knows of this user's collaborator rights at partner {@code partnerId} */
    public static OrderingPermission ofPartnerUser(String partnerId, Set<String> roles,
                                                   Optional<CollaboratorRights> rights, String customerId) {
        if (committer(roles)) {
            return granted("a legal representative or admin of the partner");
        }
        boolean assigned = rights.filter(known -> known.partnerId().equals(partnerId))
                .map(known -> known.mayManage(customerId)).orElse(false);
        if (roles.contains(COLLABORATOR) && assigned) {
            return granted("a collaborator the partner assigned to this customer");
        }
        return refused("The partner has not assigned customer " + customerId + " to this user");
    }

    /** A legal representative or admin: acts for the whole organization, not only for assigned customers. */
    public static boolean representsOrganization(Set<String> roles) {
        return committer(roles);
    }

    private static boolean committer(Set<String> roles) {
        return roles.contains(LEGAL_REPRESENTATIVE) || roles.contains(ADMIN);
    }

    private static OrderingPermission granted(String reason) {
        return new OrderingPermission(true, reason);
    }

    private static OrderingPermission refused(String reason) {
        return new OrderingPermission(false, reason);
    }
}
