package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.contact.RequesterContact;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.proposal.ProposalDraft;
import io.partnerhub.tender.proposal.ProposalNotAllowedException;
import io.partnerhub.tender.reveal.Reveal;
import io.partnerhub.tender.reveal.RevealCapReachedException;
import io.partnerhub.tender.reveal.RevealPolicy;
import io.partnerhub.tender.reveal.RevealResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A free call for offers (R27–R33). Its life: OPEN → CANCELLED by the requester's link, or
 * OPEN → EXPIRED when the validity runs out. While valid, up to {@code revealCap} partners may
 * reveal the contact details, and those partners may send proposals. When it ends, each partner
 * that revealed it is told (withdrawn).
 *
 * <p>Concurrency is the store's job: it saves a changed request only if nobody changed it since
 * it was loaded, so of two partners racing for the last slot exactly one is saved.
 */
public final class TenderRequest {

    public static final int PROPOSALS_PER_PARTNER = 3;

    private final String tenderId;
    private final TenderNeed need;
    private final RequesterContact requester;
    private final String requesterTokenHash;
    private final Instant submittedAt;
    private final Instant expiresAt;
    private final int revealCap;
    private TenderStatus status;
    private Instant endedAt;
    private final List<Reveal> reveals;
    private final List<Proposal> proposals;
    private long revision;
    private final List<TenderEvent> pendingEvents = new ArrayList<>();

    private TenderRequest(TenderRequestState state) {
        this.tenderId = state.tenderId();
        this.need = state.need();
        this.requester = state.requester();
        this.requesterTokenHash = state.requesterTokenHash();
        this.submittedAt = state.submittedAt();
        this.expiresAt = state.expiresAt();
        this.revealCap = state.revealCap();
        this.status = state.status();
        this.endedAt = state.endedAt();
        this.reveals = new ArrayList<>(state.reveals());
        this.proposals = new ArrayList<>(state.proposals());
        this.revision = state.revision();
    }

    public static TenderRequest submit(String tenderId, ValidSubmission submission, LinkSecret token,
                                       ValidityPolicy validity, RevealPolicy revealPolicy, Instant now) {
        TenderRequest request = new TenderRequest(new TenderRequestState(tenderId, submission.need(),
                submission.requester(), token.hash(), now, validity.expiryFor(now), revealPolicy.cap(),
                TenderStatus.OPEN, null, List.of(), List.of(), 0));
        request.revision = 1;
        request.pendingEvents.add(new TenderEvent.Submitted(tenderId, 1, now, request.excerpt(),
                submission.requester(), request.expiresAt, token));
        return request;
    }

    public static TenderRequest restore(TenderRequestState state) {
        return new TenderRequest(state);
    }

    /** Discloses the requester's contact to this partner (R29); again and again without counting twice. */
    public RevealResult reveal(PartnerContact partner, Instant now) {
        ensureValidAt(now);
        Optional<Reveal> earlier = revealBy(partner.partnerId());
        if (earlier.isPresent()) {
            return new RevealResult(requester, reveals.size(), false, submittedAt);
        }
        if (reveals.size() >= revealCap) {
            throw new RevealCapReachedException(tenderId, revealCap);
        }
        reveals.add(new Reveal(partner, now));
        record(new TenderEvent.Revealed(tenderId, ++revision, now, partner.partnerId(), reveals.size()));
        return new RevealResult(requester, reveals.size(), true, submittedAt);
    }

    /** A revealing partner answers (R30); the requester is emailed through the event. */
    public Proposal propose(String partnerId, String proposalId, ProposalDraft draft, Instant now) {
        ensureValidAt(now);
        Reveal reveal = revealBy(partnerId).orElseThrow(() ->
                new ProposalNotAllowedException("Reveal the request before sending a proposal"));
        long earlier = proposals.stream().filter(p -> p.partnerId().equals(partnerId)).count();
        if (earlier >= PROPOSALS_PER_PARTNER) {
            throw new ProposalNotAllowedException("At most " + PROPOSALS_PER_PARTNER + " proposals per partner");
        }
        Proposal proposal = new Proposal(proposalId, partnerId, reveal.partner().legalName(), draft.text(),
                draft.price(), now);
        proposals.add(proposal);
        record(new TenderEvent.ProposalReceived(tenderId, ++revision, now, proposal, need.title(), requester));
        return proposal;
    }

    /** The requester's link cancels at once (R31); the token works once. */
    public void cancel(String presentedToken, Instant now) {
        if (!holdsToken(presentedToken)) {
            throw new IllegalArgumentException("This link does not belong to the request");
        }
        ensureValidAt(now);
        end(TenderStatus.CANCELLED, now);
    }

    /** Ends the request if its validity ran out (R32); false when there was nothing to do. */
    public boolean expireIfDue(Instant now) {
        if (!ValidityCondition.at(now).isDueForExpiry(status, expiresAt)) {
            return false;
        }
        end(TenderStatus.EXPIRED, now);
        return true;
    }

    /** Refuses with Gone once the request is cancelled or past its expiry (R31, R32). */
    public void ensureValidAt(Instant now) {
        goneReason(now).ifPresent(reason -> {
            throw new TenderGoneException(tenderId, reason);
        });
    }

    public boolean holdsToken(String presentedToken) {
        return LinkSecret.matches(requesterTokenHash, presentedToken);
    }

    /** Valid = open and not past its expiry, even if the sweeper has not come by yet. */
    public boolean isValidAt(Instant now) {
        return ValidityCondition.at(now).isValid(status, expiresAt);
    }

    /** Why the request is gone (an OPEN one past its expiry is EXPIRED), or empty while it is valid. */
    public Optional<TenderStatus> goneReason(Instant now) {
        if (isValidAt(now)) {
            return Optional.empty();
        }
        return Optional.of(status == TenderStatus.OPEN ? TenderStatus.EXPIRED : status);
    }

    public Duration timeLeft(Instant now) {
        return isValidAt(now) ? Duration.between(now, expiresAt) : Duration.ZERO;
    }

    public boolean isRevealedBy(String partnerId) {
        return revealBy(partnerId).isPresent();
    }

    public TenderExcerpt excerpt() {
        return new TenderExcerpt(need.title(), TenderExcerpt.summarize(need.description()),
                need.productCategories(), need.language(), need.region(), need.budget());
    }

    /**
     * Events since loading or since the last save, for the store to write in the same write as the
     * state; the store calls {@link #eventsSaved()} once that write succeeded.
     */
    public List<TenderEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** The store wrote the pending events: a later save of this object writes only newer ones. */
    public void eventsSaved() {
        pendingEvents.clear();
    }

    public TenderRequestState state() {
        return new TenderRequestState(tenderId, need, requester, requesterTokenHash, submittedAt, expiresAt,
                revealCap, status, endedAt, reveals, proposals, revision);
    }

    public String tenderId() {
        return tenderId;
    }

    public TenderNeed need() {
        return need;
    }

    public TenderStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int revealCount() {
        return reveals.size();
    }

    public int revealCap() {
        return revealCap;
    }

    public List<Reveal> reveals() {
        return List.copyOf(reveals);
    }

    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    private void end(TenderStatus reason, Instant now) {
        status = reason;
        endedAt = now;
        record(new TenderEvent.Ended(tenderId, ++revision, now, reason));
        for (Reveal reveal : reveals) {
            record(new TenderEvent.Withdrawn(tenderId, ++revision, now, reveal.partner(), need.title(), reason));
        }
    }

    private Optional<Reveal> revealBy(String partnerId) {
        return reveals.stream().filter(r -> r.partnerId().equals(partnerId)).findFirst();
    }

    private void record(TenderEvent event) {
        pendingEvents.add(event);
    }
}
