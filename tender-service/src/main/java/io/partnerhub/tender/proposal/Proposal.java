package io.partnerhub.tender.proposal;

import io.partnerhub.tender.money.Money;

import java.time.Instant;
import java.util.Optional;

/** A proposal a revealing partner sent; the requester sees it on its page. */
public record Proposal(String proposalId, String partnerId, String partnerName, String text, Money price,
                       Instant submittedAt) {

    public Optional<Money> offeredPrice() {
        return Optional.ofNullable(price);
    }
}
