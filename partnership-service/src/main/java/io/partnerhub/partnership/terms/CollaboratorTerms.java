package io.partnerhub.partnership.terms;

import io.partnerhub.partnership.partner.Partner;

/** Whether one user of a partner may manage one customer under the partner's current collaborator rights (R5). */
public record CollaboratorTerms(String userId, boolean mayManage) {

    /** @param partner the partner as stored now, or null when there is no such partner */
    public static CollaboratorTerms of(String userId, String customerId, Partner partner) {
        return new CollaboratorTerms(userId, partner != null && partner.collaboratorMayManage(userId, customerId));
    }
}
