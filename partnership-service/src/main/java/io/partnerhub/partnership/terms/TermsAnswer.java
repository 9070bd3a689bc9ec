package io.partnerhub.partnership.terms;

import java.util.List;

/** The live partnerships asked about and, when asked, the collaborator's rights (else null). */
public record TermsAnswer(List<PartnershipTerms> partnerships, CollaboratorTerms collaborator) {

    public TermsAnswer {
        partnerships = List.copyOf(partnerships);
    }
}
