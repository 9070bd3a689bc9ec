package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.shared.Contact;

import java.util.Objects;

/** What an organization submits to join the program (R1, R2). */
public record PartnerApplication(String organizationId, String legalName, CommercialRegistration registration,
                                 Website website, Contact contact, ResellerTermsAcceptance terms) {

    public PartnerApplication {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(terms, "terms");
        if (legalName == null || legalName.isBlank()) {
            throw new IllegalArgumentException("legal name must be given");
        }
        legalName = legalName.trim();
    }
}
