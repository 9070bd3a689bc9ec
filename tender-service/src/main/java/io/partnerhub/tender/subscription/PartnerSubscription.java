package io.partnerhub.tender.subscription;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.TenderExcerpt;

import java.util.Collections;
import java.util.Set;

/**
 * A partner's wish to receive tender requests (R4), as partnership-service last told us.
 * Empty categories or languages mean "all". {@code partnerVersion} is the partner aggregate's
 * version of the event it came from: an older event never overwrites a newer one.
 */
public record PartnerSubscription(PartnerContact partner, boolean optedIn, Set<String> productCategories,
                                  Set<Language> languages, long partnerVersion) {

    public PartnerSubscription {
        productCategories = Set.copyOf(productCategories);
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(languages);
    }

    public String partnerId() {
        return partner.partnerId();
    }

    /** Opted in, and the request's categories and language fit what the partner set. */
    public boolean wants(TenderExcerpt excerpt) {
        return optedIn
                && (productCategories.isEmpty() || !Collections.disjoint(productCategories, excerpt.productCategories()))
                && (languages.isEmpty() || languages.contains(excerpt.language()));
    }

    public boolean isNewerThan(PartnerSubscription other) {
        return other == null || partnerVersion > other.partnerVersion;
    }
}
