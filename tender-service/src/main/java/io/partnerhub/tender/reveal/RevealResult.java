package io.partnerhub.tender.reveal;

import io.partnerhub.tender.contact.RequesterContact;

/** What a reveal discloses; {@code firstTime} is false for an idempotent re-reveal. */
public record RevealResult(RequesterContact requester, int revealCount, boolean firstTime) {
}
