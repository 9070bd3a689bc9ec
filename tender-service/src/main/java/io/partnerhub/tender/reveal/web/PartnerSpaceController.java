package io.partnerhub.tender.reveal.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.kit.web.PlatformIdFormats;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.tender.distribution.persistence.OfferDocument;
import io.partnerhub.tender.money.Currency;
import io.partnerhub.tender.money.Money;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.proposal.ProposalDraft;
import io.partnerhub.tender.request.PartnerDesk;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.request.persistence.MongoTenderRequests;
import io.partnerhub.tender.request.web.TenderViews;
import io.partnerhub.tender.reveal.RevealResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.Pattern;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partner space (R29, R30). The caller's organization is the partner; it reaches only
 * requests offered to it (404 otherwise), and only while they are valid (410 after). Revealing,
 * the requester's contact and proposals are for its legal representatives only (R5, 403 for others).
 */
@RestController
@RequestMapping("/partner/tenders")
public class PartnerSpaceController {

    private static final int LIST_LIMIT = 100;
    /** Tender ids are server-generated UUIDs (lower case); anything else is refused at the edge (400). */
    static final String TENDER_ID = PlatformIdFormats.UUID;
    static final String TENDER_ID_MESSAGE = "must be a tender id: " + PlatformIdFormats.UUID_MESSAGE;

    private final PartnerDesk desk;
    private final MongoOfferBook offers;
    private final MongoTenderRequests requests;
    private final Clock clock;
    private final Timer timeToFirstReveal;

    public PartnerSpaceController(PartnerDesk desk, MongoOfferBook offers, MongoTenderRequests requests, Clock clock,
                                  MeterRegistry meters) {
        this.timeToFirstReveal = Timer.builder("partnerhub.tender.first.reveal.duration")
                .description("Tender request submitted until a partner first revealed it").register(meters);
        this.desk = desk;
        this.offers = offers;
        this.requests = requests;
        this.clock = clock;
    }

    /** Valid requests offered to the caller's organization, newest first; ended ones disappear. */
    @GetMapping
    public List<PartnerViews.OfferedTender> offered(Caller caller) {
        String partnerId = partnerOf(caller);
        List<OfferDocument> recent = offers.recentOffers(partnerId, LIST_LIMIT);
        Map<String, TenderRequest> byId = requests.byIds(recent.stream().map(OfferDocument::tenderId).toList())
                .stream().collect(Collectors.toMap(TenderRequest::tenderId, Function.identity()));
        Instant now = clock.instant();
        return recent.stream()
                .filter(offer -> byId.containsKey(offer.tenderId()) && byId.get(offer.tenderId()).isValidAt(now))
                .map(offer -> {
                    TenderRequest request = byId.get(offer.tenderId());
                    return new PartnerViews.OfferedTender(offer.tenderId(), PartnerViews.ExcerptView.of(offer.excerpt()),
                            offer.offeredAt(), request.expiresAt(), request.timeLeft(now).toSeconds(),
                            request.revealCount(), request.revealCap(), request.isRevealedBy(partnerId));
                }).toList();
    }

    @GetMapping("/{tenderId}")
    public PartnerViews.OpenedTender open(Caller caller, @PathVariable @Pattern(regexp = TENDER_ID, message = TENDER_ID_MESSAGE) String tenderId) {
        String partnerId = partnerOf(caller);
        TenderRequest request = desk.open(tenderId, partnerId);
        boolean revealed = request.isRevealedBy(partnerId);
        boolean contactShown = revealed && PartnerRepresentation.representsThePartner(caller);
        return new PartnerViews.OpenedTender(tenderId, TenderViews.NeedView.of(request.need()), request.expiresAt(),
                request.timeLeft(clock.instant()).toSeconds(), request.revealCount(), request.revealCap(), revealed,
                contactShown ? TenderViews.ContactView.of(request.state().requester()) : null,
                request.proposals().stream().filter(p -> p.partnerId().equals(partnerId))
                        .map(TenderViews.ProposalView::of).toList());
    }

    @PostMapping("/{tenderId}/reveal")
    public PartnerViews.Revealed reveal(Caller caller, @PathVariable @Pattern(regexp = TENDER_ID, message = TENDER_ID_MESSAGE) String tenderId) {
        String partnerId = partnerOf(caller);
        PartnerRepresentation.ensureRepresentsThePartner(caller, PartnerRepresentation.REVEAL_REFUSED);
        RevealResult result = desk.reveal(tenderId, partnerId);
        if (result.firstOfRequest()) {
            timeToFirstReveal.record(Duration.between(result.submittedAt(), clock.instant()));
        }
        return new PartnerViews.Revealed(tenderId, TenderViews.ContactView.of(result.requester()), result.revealCount(),
                result.firstTime());
    }

    @PostMapping("/{tenderId}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    public TenderViews.ProposalView propose(Caller caller, @PathVariable @Pattern(regexp = TENDER_ID, message = TENDER_ID_MESSAGE) String tenderId,
                                            @RequestBody PartnerViews.ProposalBody body) {
        String partnerId = partnerOf(caller);
        PartnerRepresentation.ensureRepresentsThePartner(caller, PartnerRepresentation.PROPOSAL_REFUSED);
        Proposal proposal = desk.propose(tenderId, partnerId, new ProposalDraft(body.text(), price(body)));
        return TenderViews.ProposalView.of(proposal);
    }

    /** The caller's organization acts as the partner; a token without one reaches nothing. */
    private static String partnerOf(Caller caller) {
        if (caller.organizationId() == null || caller.organizationId().isBlank()) {
            throw new ForbiddenException("Act for a partner organization to use the partner space");
        }
        return caller.organizationId();
    }

    private static Money price(PartnerViews.ProposalBody body) {
        if (body.price() == null || body.price().amount() == null) {
            return null;
        }
        String currency = body.price().currency() == null ? "" : body.price().currency().toUpperCase(Locale.ROOT);
        try {
            return new Money(body.price().amount(), Currency.valueOf(currency));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("price: " + (e.getMessage().startsWith("No enum")
                    ? "currency must be CHF or EUR" : e.getMessage()));
        }
    }
}
