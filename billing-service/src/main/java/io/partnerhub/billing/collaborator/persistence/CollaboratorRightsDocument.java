package io.partnerhub.billing.collaborator.persistence;

import io.partnerhub.billing.collaborator.CollaboratorRights;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.HashSet;
import java.util.List;

/**
 * One collaborator's rights at one partner, kept from the partner-state topic. A withdrawal
 * is kept (withdrawn = true) rather than deleted, so its version still outranks an older grant
 * delivered late.
 */
@Document("collaborator_rights")
record CollaboratorRightsDocument(@Id String id, String partnerId, String userId, boolean allCustomers,
                                  List<String> customerIds, boolean withdrawn, long aggregateVersion) {

    static String idOf(String partnerId, String userId) {
        return partnerId + "|" + userId;
    }

    CollaboratorRights rights() {
        return new CollaboratorRights(partnerId, userId, allCustomers,
                customerIds == null ? null : new HashSet<>(customerIds), withdrawn);
    }
}
