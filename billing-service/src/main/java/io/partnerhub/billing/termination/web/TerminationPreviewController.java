package io.partnerhub.billing.termination.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.collaborator.PartnerMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.partnership.client.OwnerTerms;
import io.partnerhub.billing.partnership.client.PartnershipOwner;
import io.partnerhub.billing.partnership.persistence.PartnershipDocument;
import io.partnerhub.billing.partnership.persistence.PartnershipReadModel;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.billing.subscription.persistence.SubscriptionStore;
import io.partnerhub.billing.termination.RenewalsLosingCashback;
import io.partnerhub.billing.wallet.EntryType;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.billing.wallet.persistence.WalletLedger;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ending a partnership costs the partner: the customer's live subscriptions whose next renewal
 * would earn it cashback under the terms in force now (each with its date and amount), and the
 * cashback statement of the partnership to date. Shown to the partner only (it is its income).
 *
 * <p>{@code live}, {@code access}, {@code paymentMode} and {@code partnershipVersion} are
 * partnership-service's at this moment (one call when billing knows the customer; 503 when it cannot answer). A partnership the owner no longer lists has ended: it is shown {@code live: false}
 * with the last terms billing's read model holds, if billing knows it at all (404 otherwise).
 * {@code readModelVersion} is the version billing's read model holds (null: none), so a caller can
 * still await a change having reached the read model.
 */
@RestController
class TerminationPreviewController {

    private final PartnershipOwner owner;
    private final PartnershipReadModel partnerships;
    private final SubscriptionStore subscriptions;
    private final RenewalsLosingCashback renewalsLosingCashback;
    private final WalletLedger ledger;

    TerminationPreviewController(PartnershipOwner owner, PartnershipReadModel partnerships,
                                 SubscriptionStore subscriptions, RenewalsLosingCashback renewalsLosingCashback,
                                 WalletLedger ledger) {
        this.owner = owner;
        this.partnerships = partnerships;
        this.subscriptions = subscriptions;
        this.renewalsLosingCashback = renewalsLosingCashback;
        this.ledger = ledger;
    }

    record Renewal(String subscriptionId, String productId, String category, int quantity, Instant renewsAt,
                   String currency, String cashback) {
    }

    record StatementLine(String entryId, String orderId, String customerId, String currency, String amount,
                         String reason, Instant recordedAt) {
    }

    record Preview(String partnershipId, String partnerId, String customerId, boolean live, String access,
                   String paymentMode, long partnershipVersion, Long readModelVersion,
                   List<Renewal> renewalsLosingCashback, List<StatementLine> cashbackToDate,
                   Map<Currency, String> cashbackTotal) {
    }

    @GetMapping("/partnerships/{partnershipId}/termination-preview")
    Preview preview(Caller caller, @PathVariable @Pattern(regexp = IdFormats.PARTNERSHIP, message = IdFormats.PARTNERSHIP_MESSAGE) String partnershipId) {
        String partner = caller.organizationId();
        if (partner == null) {
            throw new NotFoundException("No partnership " + partnershipId);
        }
        if (!PartnerMoney.readableBy(caller.roles())) {
            throw new ForbiddenException(PartnerMoney.REFUSAL);
        }
        Optional<PartnershipDocument> known = partnerships.document(partnershipId)
                .filter(found -> partner.equals(found.partnerId()));
        // billing knows the customer: one owner call for all its partnerships (the renewals are priced
        // among them); else find the customer among the partner's first
        Optional<String> customer = known.map(PartnershipDocument::customerId).or(() -> owner.liveOfPartner(partner)
                .stream().filter(found -> found.terms().partnershipId().equals(partnershipId))
                .map(found -> found.terms().customerId()).findFirst());
        if (customer.isEmpty()) {
            throw new NotFoundException("No partnership " + partnershipId);
        }
        List<OwnerTerms.Live> liveOfCustomer = owner.liveOfCustomerWithVersions(customer.get());
        Optional<OwnerTerms.Live> live = liveOfCustomer.stream()
                .filter(found -> found.terms().partnershipId().equals(partnershipId)).findFirst();
        if (live.isEmpty() && known.isEmpty()) {
            throw new NotFoundException("No partnership " + partnershipId);
        }
        // an ended partnership earns on no renewal any more: there is nothing left to lose
        List<Renewal> renewals = live.isEmpty() ? List.of() : renewalsLosingCashback.of(partnershipId,
                        subscriptions.ofCustomer(customer.get()),
                        liveOfCustomer.stream().map(OwnerTerms.Live::terms).toList()).stream()
                .map(renewal -> new Renewal(renewal.subscriptionId(), renewal.productId(), renewal.category(),
                        renewal.quantity(), renewal.renewsAt(), renewal.cashback().currency().name(),
                        renewal.cashback().amount().toPlainString()))
                .toList();
        List<LedgerEntryDocument> credits = ledger.ofPartnership(partnershipId).stream()
                .filter(entry -> EntryType.CASHBACK_CREDIT.name().equals(entry.type())).toList();
        Map<Currency, Money> totals = new EnumMap<>(Currency.class);
        credits.forEach(entry -> totals.merge(Currency.valueOf(entry.currency()),
                StoredMoney.money(entry.amount(), Currency.valueOf(entry.currency())), Money::plus));
        Map<Currency, String> totalText = new EnumMap<>(Currency.class);
        totals.forEach((currency, money) -> totalText.put(currency, money.amount().toPlainString()));
        List<StatementLine> statement = credits.stream().map(entry -> new StatementLine(entry.id(), entry.orderId(),
                entry.customerId(), entry.currency(), entry.amount(), entry.reason(), entry.recordedAt())).toList();
        Long readModelVersion = known.map(PartnershipDocument::aggregateVersion).orElse(null);
        if (live.isPresent()) {
            var terms = live.get().terms();
            return new Preview(partnershipId, terms.partnerId(), terms.customerId(), true, terms.access().name(),
                    terms.paymentMode() == null ? null : terms.paymentMode().name(), live.get().version(),
                    readModelVersion, renewals, statement, totalText);
        }
        PartnershipDocument ended = known.get();
        return new Preview(partnershipId, ended.partnerId(), ended.customerId(), false, ended.access(),
                ended.paymentMode(), ended.aggregateVersion(), readModelVersion, renewals, statement, totalText);
    }
}
