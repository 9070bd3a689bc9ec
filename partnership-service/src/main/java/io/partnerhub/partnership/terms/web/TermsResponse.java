package io.partnerhub.partnership.terms.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partnerhub.partnership.terms.CollaboratorTerms;
import io.partnerhub.partnership.terms.PartnershipTerms;
import io.partnerhub.partnership.terms.TermsAnswer;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The body of {@code GET /partnership-terms}. */
public record TermsResponse(
        @Schema(description = "The live partnerships of the named party or pair (empty when none). accessLevel FULL "
                + "or LIMITED; productIds and productCategories are what LIMITED access reaches (empty under FULL); "
                + "paymentMode is CUSTOMER or PARTNER under FULL, null under LIMITED; version is the partnership's "
                + "revision, the aggregateVersion its events carry")
        List<PartnershipTerms> partnerships,
        @Schema(description = "Only when partnerId, customerId and userId were all given: whether the partner's "
                + "current collaborator rights let that user manage the customer (false when there is no such partner)")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        CollaboratorTerms collaborator) {

    static TermsResponse of(TermsAnswer answer) {
        return new TermsResponse(answer.partnerships(), answer.collaborator());
    }
}
