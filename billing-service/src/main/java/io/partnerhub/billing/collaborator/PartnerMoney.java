package io.partnerhub.billing.collaborator;

import java.util.Set;

/**
 * R5: the partner organization's money — its invoices, its billing export, its wallet and ledger,
 * its yearly volume and what ending a partnership would cost it — is its legal representatives'
 * (and admins') business. A collaborator acts for customers, so even
 * one with a right naming every customer never reads it.
 */
public final class PartnerMoney {

    public static final String REFUSAL = "Only the partner's legal representatives and admins see the organization's"
            + " money: its invoices, billing export, wallet, yearly volume and termination previews";

    private PartnerMoney() {
    }

    public static boolean readableBy(Set<String> roles) {
        return OrderingPermission.representsOrganization(roles);
    }
}
