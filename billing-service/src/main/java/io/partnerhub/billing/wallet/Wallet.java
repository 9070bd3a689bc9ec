package io.partnerhub.billing.wallet;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * The tip of one wallet's ledger: computes the next entry. The balance never goes below zero.
 *
 * <p>Rule when the balance does not cover a partner-paid purchase: the wallet pays what it holds
 * (a debit of min(balance, invoice total)) and the rest is charged to the partner's payment means;
 * the order is never refused for a low balance. Why: R8 makes the partner's payment means the payer;
 * the wallet is a prepaid account filled by cashback (R18) that is spent first, and a partner's
 * order for a customer should not fail because cashback happens to be low.
 */
public final class Wallet {

    private final String partnerId;
    private final Currency currency;
    private final long lastSequence;
    private final Money balance;

    private Wallet(String partnerId, Currency currency, long lastSequence, Money balance) {
        this.partnerId = partnerId;
        this.currency = currency;
        this.lastSequence = lastSequence;
        this.balance = balance;
    }

    public static Wallet empty(String partnerId, Currency currency) {
        return new Wallet(partnerId, currency, 0, Money.zero(currency));
    }

    public static Wallet after(LedgerEntry last) {
        return new Wallet(last.partnerId(), last.currency(), last.sequence(), last.balanceAfter());
    }

    public Money balance() {
        return balance;
    }

    public LedgerEntry creditCashback(String sourceKey, Money amount, String orderId, String customerId,
                                      String reason, Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Cashback credits are positive: " + amount);
        }
        return next(EntryType.CASHBACK_CREDIT, amount, sourceKey, orderId, customerId, reason, now);
    }

    /** Debits what the wallet can cover of a partner-paid invoice; empty when the wallet is empty. */
    public Optional<LedgerEntry> settlePurchase(String sourceKey, Money invoiceTotal, String orderId,
                                                String customerId, Instant now) {
        Money covered = balance.min(invoiceTotal);
        if (!covered.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(next(EntryType.PURCHASE_DEBIT, covered.negated(), sourceKey, orderId, customerId,
                "PARTNER_PAID_PURCHASE", now));
    }

    private LedgerEntry next(EntryType type, Money amount, String sourceKey, String orderId, String customerId,
                             String reason, Instant now) {
        return new LedgerEntry(partnerId, currency, lastSequence + 1, type, amount, balance.plus(amount), sourceKey,
                orderId, customerId, reason, now);
    }
}
