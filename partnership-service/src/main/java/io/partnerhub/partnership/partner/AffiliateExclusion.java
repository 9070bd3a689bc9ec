package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.shared.RuleViolation;

/** R3: an organization cannot be a partner and an affiliate at the same time. */
public class AffiliateExclusion extends RuleViolation {

    public AffiliateExclusion(String organizationId, String alreadyIn) {
        super("organization " + organizationId + " is already in the " + alreadyIn
                + " program; it cannot be a partner and an affiliate at the same time");
    }
}
