package io.partnerhub.tender.distribution;

import java.util.List;

/**
 * The offers of one fan-out page: {@code startedAfter} (the cursor before it, null for the first)
 * identifies the batch, {@code endsWith} is the last partnerId the page covered.
 */
public record OfferBatch(String tenderId, String startedAfter, String endsWith, List<TenderOffer> offers) {

    public OfferBatch {
        offers = List.copyOf(offers);
    }
}
