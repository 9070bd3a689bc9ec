package io.partnerhub.tender.subscription.mongo;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.subscription.PartnerSubscription;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.HashSet;
import java.util.List;

/** The read model of partners' tender wishes, keyed by partnerId (the fan-out pages in this order). */
@Document(SubscriptionDocument.COLLECTION)
public record SubscriptionDocument(@Id String id, PartnerContact partner, boolean optedIn,
                                   List<String> productCategories, List<Language> languages, long partnerVersion) {

    public static final String COLLECTION = "tender_subscriptions";

    public static SubscriptionDocument from(PartnerSubscription s) {
        return new SubscriptionDocument(s.partnerId(), s.partner(), s.optedIn(), List.copyOf(s.productCategories()),
                List.copyOf(s.languages()), s.partnerVersion());
    }

    public PartnerSubscription subscription() {
        return new PartnerSubscription(partner, optedIn,
                new HashSet<>(productCategories == null ? List.of() : productCategories),
                new HashSet<>(languages == null ? List.of() : languages), partnerVersion);
    }
}
