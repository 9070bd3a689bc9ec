package io.partnerhub.tender.request;

import java.time.Instant;

/**
 * When a request is valid, as data: its status is {@code status} and it expires after {@code moment}
 * (valid until, not at, its expiry). The requests still in {@code status} that expire at or before
 * {@code moment} are the ones due for expiry. {@link TenderRequest} applies the condition to itself;
 * the store builds its queries from the same two values, so the two cannot drift apart.
 */
public record ValidityCondition(TenderStatus status, Instant moment) {

    public static ValidityCondition at(Instant now) {
        return new ValidityCondition(TenderStatus.OPEN, now);
    }

    public boolean isValid(TenderStatus requestStatus, Instant expiresAt) {
        return requestStatus == status && expiresAt.isAfter(moment);
    }

    public boolean isDueForExpiry(TenderStatus requestStatus, Instant expiresAt) {
        return requestStatus == status && !expiresAt.isAfter(moment);
    }
}
