package io.partnerhub.tender.request.web;

import io.partnerhub.tender.contact.RequesterContact;
import io.partnerhub.tender.money.BudgetRange;
import io.partnerhub.tender.money.Money;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.request.TenderNeed;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.reveal.Reveal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * JSON shapes of the API. Free text goes out as JSON strings (never as HTML): a client that
 * renders it must escape it, as notification-service's templates do.
 */
public final class TenderViews {

    private TenderViews() {
    }

    public record MoneyView(BigDecimal amount, String currency) {
        public static MoneyView of(Money money) {
            return money == null ? null : new MoneyView(money.amount(), money.currency().name());
        }
    }

    public record BudgetView(MoneyView min, MoneyView max) {
        public static BudgetView of(BudgetRange budget) {
            return budget == null ? null : new BudgetView(MoneyView.of(budget.min()), MoneyView.of(budget.max()));
        }
    }

    public record NeedView(String title, String description, List<String> productCategories, BudgetView budget,
                           String language, String region) {
        public static NeedView of(TenderNeed need) {
            return new NeedView(need.title(), need.description(), need.productCategories(), BudgetView.of(need.budget()),
                    need.language().name().toLowerCase(), need.region());
        }
    }

    public record ContactView(String name, String company, String email, String phone) {
        public static ContactView of(RequesterContact contact) {
            return new ContactView(contact.name(), contact.company(), contact.email(), contact.phone());
        }
    }

    public record ProposalView(String proposalId, String partnerId, String partnerName, String text, MoneyView price,
                               Instant submittedAt) {
        public static ProposalView of(Proposal p) {
            return new ProposalView(p.proposalId(), p.partnerId(), p.partnerName(), p.text(), MoneyView.of(p.price()),
                    p.submittedAt());
        }
    }

    public record RevealView(String partnerId, String partnerName, Instant revealedAt) {
        public static RevealView of(Reveal r) {
            return new RevealView(r.partnerId(), r.partner().legalName(), r.revealedAt());
        }
    }

    public record Action(String method, String href, String description) {
    }

    /** The requester's page behind the emailed link. */
    public record RequesterPage(String tenderId, String status, Instant expiresAt, NeedView need, ContactView contact,
                                int revealCount, int revealCap, List<RevealView> revealedBy,
                                List<ProposalView> proposals, Action cancel) {
        static RequesterPage of(TenderRequest r, String cancelHref) {
            return new RequesterPage(r.tenderId(), r.status().name(), r.expiresAt(), NeedView.of(r.need()),
                    ContactView.of(r.state().requester()), r.revealCount(), r.revealCap(),
                    r.reveals().stream().map(RevealView::of).toList(),
                    r.proposals().stream().map(ProposalView::of).toList(),
                    new Action("POST", cancelHref,
                            "Cancel this request: partners no longer see it and cannot reveal it. Cannot be undone."));
        }
    }

    public record Submitted(String tenderId, String status, Instant expiresAt, String next) {
    }

    public record Cancelled(String tenderId, String status) {
    }
}
