package io.partnerhub.tender.request;

import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.OfferBook;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** A partner desk where partners p1…p99 were offered every request, except those listed as not offered. */
public record PartnerDeskFixture(TenderRequests requests, Clock clock, Set<String> notOffered) {

    public PartnerDeskFixture(TenderRequests requests, Clock clock) {
        this(requests, clock, Set.of("stranger"));
    }

    public PartnerDesk desk() {
        OfferBook offers = (tenderId, partnerId) -> notOffered.contains(partnerId)
                ? Optional.<PartnerContact>empty()
                : Optional.of(TenderRequestFixture.partner(partnerId));
        return new PartnerDesk(requests, offers, clock);
    }
}
