package io.partnerhub.tender.distribution;

import java.time.Instant;

/**
 * Offering one request to every matching partner, batch after batch in partnerId order. The
 * cursor {@code lastPartnerId} is saved after each batch: after a crash the run resumes behind it,
 * and the batch in flight is offered again harmlessly because an offer is unique per partner.
 */
public record FanOutJob(String tenderId, TenderExcerpt excerpt, Instant expiresAt, String lastPartnerId) {

    public FanOutJob after(String partnerId) {
        return new FanOutJob(tenderId, excerpt, expiresAt, partnerId);
    }
}
