package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.OfferBook;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.proposal.ProposalDraft;
import io.partnerhub.tender.reveal.RevealResult;

import java.time.Clock;
import java.util.UUID;

/**
 * The partner space (R29, R30). A partner reaches only requests offered to it: anything else is
 * "not found", so it cannot even learn that a request exists.
 */
public final class PartnerDesk {

    private final TenderRequests requests;
    private final OfferBook offers;
    private final Clock clock;

    public PartnerDesk(TenderRequests requests, OfferBook offers, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.clock = clock;
    }

    /** The full request (without contact unless revealed); 410 once cancelled or expired. */
    public TenderRequest open(String tenderId, String partnerId) {
        offeredPartner(tenderId, partnerId);
        TenderRequest request = requests.byId(tenderId).orElseThrow(() -> notFound(tenderId));
        request.ensureValidAt(clock.instant());
        return request;
    }

    public RevealResult reveal(String tenderId, String partnerId) {
        PartnerContact partner = offeredPartner(tenderId, partnerId);
        return requests.decide(tenderId, request -> request.reveal(partner, clock.instant()));
    }

    public Proposal propose(String tenderId, String partnerId, ProposalDraft draft) {
        offeredPartner(tenderId, partnerId);
        String proposalId = UUID.randomUUID().toString();
        return requests.decide(tenderId, request -> request.propose(partnerId, proposalId, draft, clock.instant()));
    }

    private PartnerContact offeredPartner(String tenderId, String partnerId) {
        return offers.offeredTo(tenderId, partnerId).orElseThrow(() -> notFound(tenderId));
    }

    /** The same answer whether the request does not exist or was not offered to this partner. */
    private static NotFoundException notFound(String tenderId) {
        return new NotFoundException("No tender request " + tenderId);
    }
}
