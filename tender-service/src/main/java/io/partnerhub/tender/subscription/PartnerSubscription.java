package io.partnerhub.tender.subscription;

import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.distribution.TenderExcerpt;

import java.util.Collections;
import java.util.Set;

/**
 * A partner that has opted in to tender requests (R4), as partnership-service — the owner of that
 * choice — answered at the moment the fan-out asked. Empty categories or languages mean "all".
 * {@code partnerVersion} is the partner aggregate's version the answer was read at.
 */
public record PartnerSubscription(PartnerContact partner, Set<String> productCategories, Set<Language> languages,
                                  long partnerVersion) {

    public PartnerSubscription {
        productCategories = Set.copyOf(productCategories);
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(languages);
    }

    public String partnerId() {
        return partner.partnerId();
    }

    /** The request's categories and language fit what the partner set. */
    public boolean wants(TenderExcerpt excerpt) {
        return (productCategories.isEmpty() || !Collections.disjoint(productCategories, excerpt.productCategories()))
                && (languages.isEmpty() || languages.contains(excerpt.language()));
    }
}
