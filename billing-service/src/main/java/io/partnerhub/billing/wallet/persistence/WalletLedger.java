package io.partnerhub.billing.wallet.persistence;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.wallet.LedgerEntry;
import io.partnerhub.billing.wallet.Wallet;
import io.partnerhub.billing.wallet.WalletId;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.plain.OptimisticRetry;
import jakarta.annotation.PostConstruct;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The append-only wallet ledger. Appending reads the wallet's last entry, lets the domain compute
 * the next one and inserts it with its event; a concurrent writer that took the same sequence
 * number makes the insert fail and the append retries ({@link OptimisticRetry}). A source key already booked returns the
 * booked entry: redelivered events never credit twice.
 */
@Component
public class WalletLedger {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public WalletLedger(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @PostConstruct
    void createIndexes() {
        var indexes = mongo.indexOps(LedgerEntryDocument.class);
        indexes.createIndex(new Index().on("sourceKey", Sort.Direction.ASC).unique().named("sourceKey_unique"));
        indexes.createIndex(new Index().on("walletId", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                .unique().named("wallet_sequence"));
        indexes.createIndex(new Index().on("partnershipId", Sort.Direction.ASC).named("partnership"));
    }

    /**
     * Books at most one entry for {@code sourceKey}. {@code next} computes the entry from the wallet
     * as it stands (empty: nothing to book); {@code events} builds its outbox messages.
     */
    public Optional<LedgerEntry> append(String partnerId, Currency currency, String sourceKey, String partnershipId,
                                        Function<Wallet, Optional<LedgerEntry>> next,
                                        Function<LedgerEntry, List<OutboxMessage>> events) {
        return OptimisticRetry.untilWritten("Wallet " + WalletId.of(partnerId, currency),
                () -> tryAppend(partnerId, currency, sourceKey, partnershipId, next, events)).entry();
    }

    /** What one attempt booked: {@code entry} is empty when there was nothing to book. */
    private record Appended(Optional<LedgerEntry> entry) {
    }

    /** One attempt on the wallet as it stands now; empty when another writer took the sequence number first. */
    private Optional<Appended> tryAppend(String partnerId, Currency currency, String sourceKey, String partnershipId,
                                         Function<Wallet, Optional<LedgerEntry>> next,
                                         Function<LedgerEntry, List<OutboxMessage>> events) {
        Optional<LedgerEntryDocument> booked = bySourceKey(sourceKey);
        if (booked.isPresent()) {
            return Optional.of(new Appended(Optional.of(booked.get().toEntry())));
        }
        Wallet wallet = last(partnerId, currency).map(document -> Wallet.after(document.toEntry()))
                .orElseGet(() -> Wallet.empty(partnerId, currency));
        Optional<LedgerEntry> entry = next.apply(wallet);
        if (entry.isEmpty()) {
            return Optional.of(new Appended(Optional.empty()));
        }
        try {
            mongo.insert(LedgerEntryDocument.from(entry.get(), partnershipId, events.apply(entry.get())));
        } catch (DuplicateKeyException raceOrDuplicate) {
            // another writer took this sequence number, or booked the same source: the next attempt looks again
            return Optional.empty();
        }
        relay.wake();
        return Optional.of(new Appended(entry));
    }

    public Optional<LedgerEntryDocument> last(String partnerId, Currency currency) {
        Query query = Query.query(where("walletId").is(WalletId.of(partnerId, currency)))
                .with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, LedgerEntryDocument.class));
    }

    public List<LedgerEntryDocument> entries(String partnerId, Currency currency, int page, int size) {
        Query query = Query.query(where("walletId").is(WalletId.of(partnerId, currency)))
                .with(Sort.by(Sort.Direction.ASC, "sequence")).skip((long) page * size).limit(size);
        return mongo.find(query, LedgerEntryDocument.class);
    }

    public List<LedgerEntryDocument> ofPartnership(String partnershipId) {
        return mongo.find(Query.query(where("partnershipId").is(partnershipId))
                .with(Sort.by(Sort.Direction.ASC, "recordedAt")), LedgerEntryDocument.class);
    }

    private Optional<LedgerEntryDocument> bySourceKey(String sourceKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("sourceKey").is(sourceKey)),
                LedgerEntryDocument.class));
    }
}
