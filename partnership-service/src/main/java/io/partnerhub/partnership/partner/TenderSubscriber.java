package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.Language;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A partner that receives tender requests (R4) as tender-service needs it: who is told (the
 * partner's contact, as {@code PartnerTenderOptInChanged} carries it), which categories and
 * languages it wants (empty = all) and the partner's revision, its events' aggregate version.
 */
public record TenderSubscriber(String partnerId, String legalName, String email, Language language,
                               String personName, List<String> productCategories, List<Language> languages,
                               long version) {

    /** The partner as a subscriber, or empty when its tender opt-in is off. */
    public static Optional<TenderSubscriber> of(Partner partner) {
        TenderOptIn optIn = partner.tenderOptIn();
        if (optIn == null || !optIn.optedIn()) {
            return Optional.empty();
        }
        Contact contact = partner.contact();
        return Optional.of(new TenderSubscriber(partner.id(), partner.legalName(), contact.email(),
                contact.language(), contact.name(), optIn.productCategories().stream().sorted().toList(),
                optIn.languages().stream().sorted(Comparator.comparing(Language::name)).toList(),
                partner.revision()));
    }
}
