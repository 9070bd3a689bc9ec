package io.partnerhub.billing.termination.web;

import io.partnerhub.billing.messaging.StoredMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.partnership.PartnershipDocument;
import io.partnerhub.billing.partnership.PartnershipReadModel;
import io.partnerhub.billing.termination.RenewalsLosingCashback;
import io.partnerhub.billing.wallet.EntryType;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.billing.wallet.persistence.WalletLedger;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What ending a partnership costs the partner: renewals that stop earning cashback, and the
 * cashback statement of the partnership to date. Shown to the partner only (it is its income).
 */
@RestController
class TerminationPreviewController {

    private final PartnershipReadModel partnerships;
    private final OrderStore orders;
    private final WalletLedger ledger;

    TerminationPreviewController(PartnershipReadModel partnerships, OrderStore orders, WalletLedger ledger) {
        this.partnerships = partnerships;
        this.orders = orders;
        this.ledger = ledger;
    }

    record Renewal(String productId, String category, int quantity, String currency, String cashbackPerRenewal,
                   String lastOrderId, Instant lastOrderedAt) {
    }

    record StatementLine(String entryId, String orderId, String customerId, String currency, String amount,
                         String reason, Instant recordedAt) {
    }

    record Preview(String partnershipId, String partnerId, String customerId, boolean live, String access,
                   String paymentMode, long partnershipVersion,
                   List<Renewal> renewalsLosingCashback, List<StatementLine> cashbackToDate,
                   Map<Currency, String> cashbackTotal) {
    }

    @GetMapping("/partnerships/{partnershipId}/termination-preview")
    Preview preview(Caller caller, @PathVariable String partnershipId) {
        PartnershipDocument partnership = partnerships.document(partnershipId)
                .filter(found -> found.partnerId().equals(caller.organizationId()))
                .orElseThrow(() -> new NotFoundException("No partnership " + partnershipId));
        List<Renewal> renewals = RenewalsLosingCashback.of(orders.ofPartnership(partnershipId).stream()
                        .map(OrderDocument::toOrder).toList()).stream()
                .map(renewal -> new Renewal(renewal.productId(), renewal.category(), renewal.quantity(),
                        renewal.cashbackPerRenewal().currency().name(), renewal.cashbackPerRenewal().amount().toPlainString(),
                        renewal.lastOrderId(), renewal.lastOrderedAt()))
                .toList();
        List<LedgerEntryDocument> credits = ledger.ofPartnership(partnershipId).stream()
                .filter(entry -> EntryType.CASHBACK_CREDIT.name().equals(entry.type())).toList();
        Map<Currency, Money> totals = new EnumMap<>(Currency.class);
        credits.forEach(entry -> totals.merge(Currency.valueOf(entry.currency()),
                StoredMoney.money(entry.amount(), Currency.valueOf(entry.currency())), Money::plus));
        Map<Currency, String> totalText = new EnumMap<>(Currency.class);
        totals.forEach((currency, money) -> totalText.put(currency, money.amount().toPlainString()));
        return new Preview(partnershipId, partnership.partnerId(), partnership.customerId(), partnership.live(),
                partnership.access(), partnership.paymentMode(), partnership.aggregateVersion(), renewals, credits.stream().map(entry -> new StatementLine(entry.id(), entry.orderId(),
                        entry.customerId(), entry.currency(), entry.amount(), entry.reason(), entry.recordedAt()))
                .toList(), totalText);
    }
}
