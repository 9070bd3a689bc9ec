package io.partnerhub.tender.reveal.web;

import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.request.web.TenderViews;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the partner space. */
public final class PartnerViews {

    private PartnerViews() {
    }

    public record ExcerptView(String title, String summary, List<String> productCategories, String language,
                              String region, TenderViews.BudgetView budget) {
        static ExcerptView of(TenderExcerpt e) {
            return new ExcerptView(e.title(), e.summary(), e.productCategories(), e.language().name().toLowerCase(),
                    e.region(), TenderViews.BudgetView.of(e.budget()));
        }
    }

    public record OfferedTender(String tenderId, ExcerptView excerpt, Instant offeredAt, Instant expiresAt,
                                long secondsLeft, int revealCount, int revealCap, boolean revealedByYou) {
    }

    public record OpenedTender(String tenderId, TenderViews.NeedView need, Instant expiresAt, long secondsLeft,
                               int revealCount, int revealCap, boolean revealedByYou,
                               TenderViews.ContactView contact, List<TenderViews.ProposalView> yourProposals) {
    }

    public record Revealed(String tenderId, TenderViews.ContactView contact, int revealCount, boolean firstTime) {
    }

    public record ProposalBody(String text, TenderViews.MoneyView price) {
    }
}
