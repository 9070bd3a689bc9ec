package io.partnerhub.tender.request.persistence;

import io.partnerhub.tender.contact.RequesterContact;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.request.TenderNeed;
import io.partnerhub.tender.request.TenderRequestState;
import io.partnerhub.tender.request.TenderStatus;
import io.partnerhub.tender.reveal.Reveal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A request as stored. Besides these fields the document holds {@code outbox} (events waiting for
 * the relay) and {@code fanOut} (how far the offering got); domain saves never touch those two.
 */
@Document(TenderRequestDocument.COLLECTION)
public record TenderRequestDocument(
        @Id String id,
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

    public static final String COLLECTION = "tender_requests";

    static TenderRequestDocument from(TenderRequestState s) {
        return new TenderRequestDocument(s.tenderId(), s.need(), s.requester(), s.requesterTokenHash(),
                s.submittedAt(), s.expiresAt(), s.revealCap(), s.status(), s.endedAt(), s.reveals(), s.proposals(),
                s.revision());
    }

    TenderRequestState state() {
        return new TenderRequestState(id, need, requester, requesterTokenHash, submittedAt, expiresAt, revealCap,
                status, endedAt, reveals == null ? List.of() : reveals, proposals == null ? List.of() : proposals,
                revision);
    }
}
