package io.partnerhub.billing.wallet.persistence;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.billing.wallet.EntryType;
import io.partnerhub.billing.wallet.LedgerEntry;
import io.partnerhub.billing.wallet.WalletId;
import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One ledger entry, inserted once and never updated (except the relay removing its sent event).
 * Unique on {@code _id} = wallet + sequence (so two writers cannot both take number n) and on
 * {@code sourceKey} (so one business fact is booked once).
 */
@Document(LedgerEntryDocument.COLLECTION)
public record LedgerEntryDocument(@Id String id, String walletId, String partnerId, String currency, long sequence,
                                  String type, String amount, String balanceAfter, String sourceKey, String orderId,
                                  String customerId, String partnershipId, String reason, Instant recordedAt,
                                  List<OutboxMessage> outbox) implements HasOutbox {

    public static final String COLLECTION = "wallet_entries";

    static LedgerEntryDocument from(LedgerEntry entry, String partnershipId, List<OutboxMessage> outbox) {
        return new LedgerEntryDocument(entry.entryId(), WalletId.of(entry.partnerId(), entry.currency()),
                entry.partnerId(), entry.currency().name(), entry.sequence(), entry.type().name(),
                StoredMoney.amount(entry.amount()), StoredMoney.amount(entry.balanceAfter()), entry.sourceKey(),
                entry.orderId(), entry.customerId(), partnershipId, entry.reason(), entry.recordedAt(), outbox);
    }

    public LedgerEntry toEntry() {
        Currency money = Currency.valueOf(currency);
        return new LedgerEntry(partnerId, money, sequence, EntryType.valueOf(type), StoredMoney.money(amount, money),
                StoredMoney.money(balanceAfter, money), sourceKey, orderId, customerId, reason, recordedAt);
    }
}
