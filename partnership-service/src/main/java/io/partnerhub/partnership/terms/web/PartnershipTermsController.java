package io.partnerhub.partnership.terms.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.terms.TermsQuestion;
import io.partnerhub.partnership.terms.application.PartnershipTermsQuery;
import io.partnerhub.partnership.web.IdFormats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current terms of live partnerships, for other Partnerhub services acting on them. */
@RestController
@Tag(name = "Answers for other services", description = "For other Partnerhub services (role SERVICE, or OPS): "
        + "what partnership-service, the owner, holds at the moment of the call, read from its database (no cache). "
        + "A change confirmed here is in force at once for every caller, whatever its event consumers have read.")
public class PartnershipTermsController {

    private final PartnershipTermsQuery terms;

    public PartnershipTermsController(PartnershipTermsQuery terms) {
        this.terms = terms;
    }

    @GetMapping("/partnership-terms")
    @Operation(summary = "Live partnerships of a customer, a partner or the pair, and a collaborator's rights",
            description = "For other Partnerhub services (role SERVICE; OPS also allowed, anyone else 403). Answers "
                    + "from partnership-service's database at the moment of the call, so a narrowed access, a changed "
                    + "payment mode, an ended partnership or withdrawn collaborator rights show in the very next "
                    + "answer. Give customerId, partnerId or both (neither: 400). Ended partnerships are not listed. "
                    + "With partnerId, customerId and userId the answer also says whether that user may manage the "
                    + "customer for the partner.")
    public TermsResponse terms(Caller caller,
                               @Parameter(description = "the customer organization") @RequestParam(required = false)
                               @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE)
                               String customerId,
                               @Parameter(description = "the partner organization") @RequestParam(required = false)
                               @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE)
                               String partnerId,
                               @Parameter(description = "a user of the partner; with customerId and partnerId asks "
                                       + "for its collaborator rights") @RequestParam(required = false)
                               @Pattern(regexp = IdFormats.USER, message = IdFormats.USER_MESSAGE)
                               String userId) {
        return TermsResponse.of(terms.answer(caller, new TermsQuestion(customerId, partnerId, userId)));
    }
}
