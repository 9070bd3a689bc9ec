package io.partnerhub.partnership.terms.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.terms.CollaboratorTerms;
import io.partnerhub.partnership.terms.PartnershipTerms;
import io.partnerhub.partnership.terms.TermsAnswer;
import io.partnerhub.partnership.terms.TermsQuestion;
import io.partnerhub.partnership.web.Roles;
import org.springframework.stereotype.Service;

/**
 * Answers other services from the documents as stored at the moment of the call (no cache): a
 * change this service confirmed is in force for the next caller at once, whatever their event
 * consumers have read so far.
 */
@Service
public class PartnershipTermsQuery {

    private final PartnershipStore partnerships;
    private final PartnerStore partners;

    public PartnershipTermsQuery(PartnershipStore partnerships, PartnerStore partners) {
        this.partnerships = partnerships;
        this.partners = partners;
    }

    public TermsAnswer answer(Caller caller, TermsQuestion question) {
        Roles.requireServiceOrOps(caller);
        var live = partnerships.live(question.customerId(), question.partnerId()).stream()
                .map(PartnershipTerms::of).toList();
        CollaboratorTerms collaborator = null;
        if (question.asksAboutCollaborator()) {
            var partner = partners.find(question.partnerId()).map(Versioned::aggregate).orElse(null);
            collaborator = CollaboratorTerms.of(question.userId(), question.customerId(), partner);
        }
        return new TermsAnswer(live, collaborator);
    }
}
