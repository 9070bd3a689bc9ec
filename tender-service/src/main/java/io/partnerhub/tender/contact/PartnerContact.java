package io.partnerhub.tender.contact;

import java.util.Objects;

/** A partner as tender-service knows it: its organization id, legal name and who to email. */
public record PartnerContact(String partnerId, String legalName, String email, Language language, String personName) {

    public PartnerContact {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
