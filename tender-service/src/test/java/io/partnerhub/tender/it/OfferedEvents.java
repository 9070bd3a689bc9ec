package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.testing.PublishedEvents;

import java.util.List;

/** The TenderOffered events of one request: they are keyed by partnerId, so they are picked by their tenderId. */
final class OfferedEvents {

    private OfferedEvents() {
    }

    static List<TenderOffered> of(String tenderId) {
        return PublishedEvents.all(Topic.TENDER_OFFERS, TenderOffered.class).stream()
                .filter(offered -> tenderId.equals(offered.getTenderId())).toList();
    }
}
