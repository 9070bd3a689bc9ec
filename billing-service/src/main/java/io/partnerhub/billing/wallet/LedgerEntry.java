package io.partnerhub.billing.wallet;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.time.Instant;

/**
 * One entry of a partner's wallet ledger, never edited nor deleted (R25, R26). Entries of one
 * wallet (partner + currency) are numbered 1, 2, 3…; {@code amount} is signed (credit +, debit −)
 * and {@code balanceAfter} is the sum of all entries up to this one. {@code sourceKey} names the
 * business fact that caused it (e.g. cashback of order X line 2), so it is recorded at most once.
 */
public record LedgerEntry(String partnerId, Currency currency, long sequence, EntryType type, Money amount,
                          Money balanceAfter, String sourceKey, String orderId, String customerId, String reason,
                          Instant recordedAt) {

    public String entryId() {
        return WalletId.of(partnerId, currency) + ":" + sequence;
    }
}
