package io.partnerhub.partnership.partner.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.CommercialRegistration;
import io.partnerhub.partnership.partner.PartnerApplication;
import io.partnerhub.partnership.partner.ResellerTermsAcceptance;
import io.partnerhub.partnership.partner.TenderOptIn;
import io.partnerhub.partnership.partner.Website;
import io.partnerhub.partnership.partner.application.PartnerService;
import io.partnerhub.partnership.partner.web.PartnerBodies.ApplicationRequest;
import io.partnerhub.partnership.partner.web.PartnerBodies.CollaboratorRequest;
import io.partnerhub.partnership.partner.web.PartnerBodies.DirectoryEntry;
import io.partnerhub.partnership.partner.web.PartnerBodies.ListingRequest;
import io.partnerhub.partnership.partner.web.PartnerBodies.PartnerResponse;
import io.partnerhub.partnership.partner.web.PartnerBodies.TenderOptInRequest;
import io.partnerhub.partnership.shared.Contact;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** The partner program for the caller's own organization, the directory, and affiliate enrolments. */
@RestController
public class PartnerController {

    private final PartnerService partners;
    private final Clock clock;

    public PartnerController(PartnerService partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @PostMapping("/partners")
    @ResponseStatus(HttpStatus.CREATED)
    public PartnerResponse apply(Caller caller, @Valid @RequestBody ApplicationRequest request) {
        PartnerApplication application = new PartnerApplication(caller.organizationId(), request.legalName(),
                new CommercialRegistration(request.commercialRegisterId(), request.country()),
                new Website(request.websiteUrl()),
                new Contact(request.contactEmail(), request.language(), request.contactName()),
                new ResellerTermsAcceptance(request.resellerTermsVersion(), clock.instant()));
        return PartnerResponse.of(partners.apply(caller, application));
    }

    @GetMapping("/partners/me")
    public PartnerResponse own(Caller caller) {
        return PartnerResponse.of(partners.own(caller));
    }

    @PutMapping("/partners/me/directory-listing")
    public PartnerResponse listing(Caller caller, @Valid @RequestBody ListingRequest request) {
        return PartnerResponse.of(partners.listInDirectory(caller, request.listed()));
    }

    @PutMapping("/partners/me/tender-opt-in")
    public PartnerResponse tenderOptIn(Caller caller, @Valid @RequestBody TenderOptInRequest request) {
        return PartnerResponse.of(partners.changeTenderOptIn(caller,
                new TenderOptIn(request.optedIn(), request.productCategories(), request.languages())));
    }

    @PutMapping("/partners/me/collaborators/{userId}")
    public PartnerResponse grantCollaborator(Caller caller, @PathVariable @Pattern(regexp = IdFormats.USER, message = IdFormats.USER_MESSAGE) String userId,
                                             @Valid @RequestBody CollaboratorRequest request) {
        return PartnerResponse.of(partners.grantCollaborator(caller,
                new CollaboratorRights(userId, request.allCustomers(), request.customerIds())));
    }

    @DeleteMapping("/partners/me/collaborators/{userId}")
    public PartnerResponse withdrawCollaborator(Caller caller, @PathVariable @Pattern(regexp = IdFormats.USER, message = IdFormats.USER_MESSAGE) String userId) {
        return PartnerResponse.of(partners.withdrawCollaborator(caller, userId));
    }

    @GetMapping("/directory/partners")
    public List<DirectoryEntry> searchDirectory(@RequestParam("q") String term) {
        return partners.searchDirectory(term).stream().map(DirectoryEntry::of).toList();
    }

    /** R3: the affiliate program (an OPS client) reports an enrolment; 409 when it is a partner. */
    @PostMapping("/affiliates/{organizationId}/enrolment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void enrolAffiliate(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String organizationId) {
        partners.enrolAffiliate(caller, organizationId);
    }
}
