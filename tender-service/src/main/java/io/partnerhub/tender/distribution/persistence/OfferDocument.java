package io.partnerhub.tender.distribution.persistence;

import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.distribution.TenderOffer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One request offered to one partner. The id {@code tenderId:partnerId} makes a second offer to the
 * same partner impossible; its TenderOffered event travels in the batch document of its page.
 */
@Document(OfferDocument.COLLECTION)
public record OfferDocument(@Id String id, String tenderId, String partnerId, PartnerContact partner,
                            TenderExcerpt excerpt, Instant expiresAt, Instant offeredAt) {

    public static final String COLLECTION = "tender_offers";

    public static String idOf(String tenderId, String partnerId) {
        return tenderId + ":" + partnerId;
    }

    static OfferDocument from(TenderOffer offer) {
        return new OfferDocument(idOf(offer.tenderId(), offer.partnerId()), offer.tenderId(), offer.partnerId(),
                offer.partner(), offer.excerpt(), offer.expiresAt(), offer.offeredAt());
    }
}
