package io.partnerhub.billing.wallet.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.collaborator.PartnerMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.billing.wallet.persistence.WalletLedger;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A partner's wallets (one per currency) and their ledgers, visible only to the partner itself (404
 * for anyone else), and there only to its legal representatives and admins (403 for a collaborator, R5).
 */
@RestController
@RequestMapping("/partners/{partnerId}/wallet")
class WalletController {

    private final WalletLedger ledger;

    WalletController(WalletLedger ledger) {
        this.ledger = ledger;
    }

    record Balance(String currency, String balance, long entries) {
    }

    record Entry(String entryId, long sequence, String type, String amount, String balanceAfter, String orderId,
                 String customerId, String partnershipId, String reason, Instant recordedAt) {

        static Entry of(LedgerEntryDocument document) {
            return new Entry(document.id(), document.sequence(), document.type(), document.amount(),
                    document.balanceAfter(), document.orderId(), document.customerId(), document.partnershipId(),
                    document.reason(), document.recordedAt());
        }
    }

    @GetMapping
    List<Balance> balances(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String partnerId) {
        requireSelf(caller, partnerId);
        return Arrays.stream(Currency.values()).map(currency -> ledger.last(partnerId, currency)
                .map(last -> new Balance(currency.name(), last.balanceAfter(), last.sequence()))
                .orElseGet(() -> new Balance(currency.name(), "0.00", 0))).toList();
    }

    @GetMapping("/entries")
    List<Entry> entries(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String partnerId, @RequestParam Currency currency,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        requireSelf(caller, partnerId);
        return ledger.entries(partnerId, currency, page, size).stream().map(Entry::of).toList();
    }

    static void requireSelf(Caller caller, String partnerId) {
        if (!partnerId.equals(caller.organizationId())) {
            throw new NotFoundException("No wallet for " + partnerId);
        }
        if (!PartnerMoney.readableBy(caller.roles())) {
            throw new ForbiddenException(PartnerMoney.REFUSAL);
        }
    }
}
