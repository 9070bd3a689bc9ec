package io.partnerhub.partnership.access;

import io.partnerhub.partnership.access.AccessDecision.ActingAs;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partnership.Partnership;

/**
 * R5 and R7 for other platform services: a partner's user reaches a customer's product only
 * through a live partnership, only within the access granted, and — for a collaborator — only for
 * customers the partner's legal representative assigned to them.
 */
public final class AccessRules {

    static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";
    static final String ADMIN = "ADMIN";
    static final String COLLABORATOR = "COLLABORATOR";

    private AccessRules() {
    }

    /**
     * @param live    the live partnership between the customer and the user's organization, or null
     * @param partner the user's organization as a partner, or null
     */
    public static AccessDecision decide(AccessQuestion question, Partnership live, Partner partner) {
        if (question.organizationId().equals(question.customerId())) {
            return new AccessDecision(true, ActingAs.CUSTOMER_ORGANIZATION,
                    "a user of the customer's own organization", null, null);
        }
        if (live == null || !live.isLive() || partner == null) {
            return AccessDecision.deny("no live partnership between the customer and the user's organization");
        }
        if (!live.access().covers(question.productId(), question.productCategory())) {
            return AccessDecision.deny("the product is outside the access the customer granted");
        }
        String paymentMode = live.access().paymentMode() == null ? null : live.access().paymentMode().name();
        if (question.roles().contains(LEGAL_REPRESENTATIVE) || question.roles().contains(ADMIN)) {
            return new AccessDecision(true, ActingAs.PARTNER, "partner within the granted access", live.id(),
                    paymentMode);
        }
        if (question.roles().contains(COLLABORATOR)
                && partner.collaboratorMayManage(question.userId(), question.customerId())) {
            return new AccessDecision(true, ActingAs.PARTNER_COLLABORATOR,
                    "collaborator assigned to this customer, within the granted access", live.id(), paymentMode);
        }
        return AccessDecision.deny("the partner has not assigned this customer to the user");
    }
}
