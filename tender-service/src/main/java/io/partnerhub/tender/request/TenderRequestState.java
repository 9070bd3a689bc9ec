package io.partnerhub.tender.request;

import io.partnerhub.tender.contact.RequesterContact;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.reveal.Reveal;

import java.time.Instant;
import java.util.List;

/** Everything a request remembers; what the persistence adapter stores and restores. */
public record TenderRequestState(
        String tenderId,
        TenderNeed need,
        RequesterContact requester,
        String requesterTokenHash,
        Instant submittedAt,
        Instant expiresAt,
        int revealCap,
        TenderStatus status,
        Instant endedAt,
        List<Reveal> reveals,
        List<Proposal> proposals,
        long revision) {

    public TenderRequestState {
        reveals = List.copyOf(reveals);
        proposals = List.copyOf(proposals);
    }
}
