package io.partnerhub.billing.wallet;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WalletTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void cashbackCreditsAddUpAndAreNumbered() {
        LedgerEntry first = Wallet.empty("p", Currency.CHF).creditCashback("k1", chf("52.08"), "o1", "c", "R", NOW);
        LedgerEntry second = Wallet.after(first).creditCashback("k2", chf("3.85"), "o2", "c", "R", NOW);

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.balanceAfter()).isEqualTo(chf("55.93"));
        assertThat(sumOf(List.of(first, second))).isEqualTo(second.balanceAfter());
        assertThat(second.entryId()).isEqualTo("p:CHF:2");
    }

    @Test
    void aPurchaseTakesWhatTheWalletHoldsAndNeverMore() {
        LedgerEntry credit = Wallet.empty("p", Currency.CHF).creditCashback("k1", chf("52.08"), "o1", "c", "R", NOW);

        LedgerEntry debit = Wallet.after(credit).settlePurchase("k2", chf("208.32"), "o2", "c", NOW).orElseThrow();

        assertThat(debit.type()).isEqualTo(EntryType.PURCHASE_DEBIT);
        assertThat(debit.amount()).isEqualTo(chf("-52.08"));
        assertThat(debit.balanceAfter().isZero()).isTrue();
    }

    @Test
    void aPurchaseCoveredByTheBalanceIsDebitedInFull() {
        LedgerEntry credit = Wallet.empty("p", Currency.EUR).creditCashback("k1", Money.of("100", Currency.EUR), "o1",
                "c", "R", NOW);

        LedgerEntry debit = Wallet.after(credit).settlePurchase("k2", Money.of("40.10", Currency.EUR), "o2", "c", NOW)
                .orElseThrow();

        assertThat(debit.balanceAfter()).isEqualTo(Money.of("59.90", Currency.EUR));
    }

    @Test
    void anEmptyWalletRecordsNoDebit() {
        Optional<LedgerEntry> debit = Wallet.empty("p", Currency.CHF).settlePurchase("k", chf("10"), "o", "c", NOW);

        assertThat(debit).isEmpty();
    }

    @Test
    void balanceIsAlwaysTheSumOfEntries() {
        List<LedgerEntry> entries = new ArrayList<>();
        Wallet wallet = Wallet.empty("p", Currency.CHF);
        for (int i = 1; i <= 20; i++) {
            LedgerEntry entry = i % 3 == 0
                    ? wallet.settlePurchase("d" + i, chf(i + ".15"), "o" + i, "c", NOW).orElse(null)
                    : wallet.creditCashback("c" + i, chf(i + ".07"), "o" + i, "c", "R", NOW);
            if (entry != null) {
                entries.add(entry);
                wallet = Wallet.after(entry);
                assertThat(sumOf(entries)).isEqualTo(wallet.balance());
                assertThat(wallet.balance().isNegative()).isFalse();
            }
        }
    }

    private static Money chf(String amount) {
        return Money.of(amount, Currency.CHF);
    }

    /** R26: the balance is the sum of the entries. */
    private static Money sumOf(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).reduce(Money.zero(Currency.CHF), Money::plus);
    }
}
