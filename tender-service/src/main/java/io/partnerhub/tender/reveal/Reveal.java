package io.partnerhub.tender.reveal;

import io.partnerhub.tender.contact.PartnerContact;

import java.time.Instant;

/** A partner saw the requester's contact details at that moment; kept to tell it of a withdrawal (R33). */
public record Reveal(PartnerContact partner, Instant revealedAt) {

    public String partnerId() {
        return partner.partnerId();
    }
}
