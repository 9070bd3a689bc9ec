package io.partnerhub.partnership.access.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.access.AccessDecision;
import io.partnerhub.partnership.access.AccessQuestion;
import io.partnerhub.partnership.access.AccessRules;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.web.Roles;
import org.springframework.stereotype.Service;

/** Answers other platform services (OPS callers) from partnerships and collaborator rights. */
@Service
public class AccessDecisions {

    private final PartnershipStore partnerships;
    private final PartnerStore partners;

    public AccessDecisions(PartnershipStore partnerships, PartnerStore partners) {
        this.partnerships = partnerships;
        this.partners = partners;
    }

    public AccessDecision decide(Caller caller, AccessQuestion question) {
        Roles.requireOps(caller);
        var live = partnerships.liveBetween(question.customerId(), question.organizationId()).orElse(null);
        var partner = partners.find(question.organizationId()).map(Versioned::aggregate).orElse(null);
        return AccessRules.decide(question, live, partner);
    }
}
