package io.partnerhub.tender.reveal;

import io.partnerhub.tender.contact.RequesterContact;

import java.time.Instant;

/** What a reveal discloses; {@code firstTime} is false for an idempotent re-reveal. */
public record RevealResult(RequesterContact requester, int revealCount, boolean firstTime, Instant submittedAt) {

    /** The reveal that made this request revealed at all: the end of "submitted → first reveal". */
    public boolean firstOfRequest() {
        return firstTime && revealCount == 1;
    }
}
