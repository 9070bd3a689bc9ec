package io.partnerhub.tender.distribution;

import io.partnerhub.tender.contact.PartnerContact;

import java.util.Optional;

/** Which partner was offered which request: the key of object-level authorization in the partner space. */
public interface OfferBook {

    /**
     * The partner the request was offered to, with the contact partnership-service gave for it at that
     * moment; empty if never offered.
     */
    Optional<PartnerContact> offeredTo(String tenderId, String partnerId);
}
