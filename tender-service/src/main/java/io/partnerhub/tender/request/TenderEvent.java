package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.contact.RequesterContact;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.proposal.Proposal;

import java.time.Instant;

/** What happened to a request, in the order it happened ({@code revision}). Mapped to Avro at the edge. */
public sealed interface TenderEvent {

    String tenderId();

    long revision();

    Instant occurredAt();

    record Submitted(String tenderId, long revision, Instant occurredAt, TenderExcerpt excerpt,
                     RequesterContact requester, Instant expiresAt, LinkSecret requesterToken)
            implements TenderEvent {
    }

    record Revealed(String tenderId, long revision, Instant occurredAt, String partnerId, int revealCount)
            implements TenderEvent {
    }

    record ProposalReceived(String tenderId, long revision, Instant occurredAt, Proposal proposal,
                            String tenderTitle, RequesterContact requester) implements TenderEvent {
    }

    /** The request stopped being valid: {@code reason} is CANCELLED or EXPIRED. */
    record Ended(String tenderId, long revision, Instant occurredAt, TenderStatus reason) implements TenderEvent {
    }

    /** Tells one partner that revealed the request that it is gone (R33). */
    record Withdrawn(String tenderId, long revision, Instant occurredAt, PartnerContact partner,
                     String tenderTitle, TenderStatus reason) implements TenderEvent {
    }
}
