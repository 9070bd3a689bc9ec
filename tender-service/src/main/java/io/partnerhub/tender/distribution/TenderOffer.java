package io.partnerhub.tender.distribution;

import io.partnerhub.tender.contact.PartnerContact;

import java.time.Instant;

/** One partner was offered one request's excerpt (R28). At most one per (tenderId, partnerId). */
public record TenderOffer(String tenderId, PartnerContact partner, TenderExcerpt excerpt, Instant expiresAt,
                          Instant offeredAt) {

    public String partnerId() {
        return partner.partnerId();
    }
}
