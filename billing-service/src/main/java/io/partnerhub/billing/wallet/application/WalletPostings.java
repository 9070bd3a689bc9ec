package io.partnerhub.billing.wallet.application;

import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.messaging.AvroMoney;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.wallet.LedgerEntry;
import io.partnerhub.billing.wallet.WalletId;
import io.partnerhub.billing.wallet.persistence.WalletLedger;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.CashbackCredited;
import io.partnerhub.events.billing.WalletDebited;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Books what a placed order means for the partner's wallet (R18, R26): one cashback credit per
 * order with cashback lines, one purchase debit per partner-paid order (what the balance covers;
 * the rest goes to the partner's payment means). The amounts are the order's own ({@link Order#cashbackTotal()},
 * {@link Order#total()}). Keyed by order id, so replays book nothing new.
 */
@Service
public class WalletPostings {

    private final WalletLedger ledger;
    private final EventMetadataFactory metadata;

    public WalletPostings(WalletLedger ledger, EventMetadataFactory metadata) {
        this.ledger = ledger;
        this.metadata = metadata;
    }

    /** Books the placed order once, whatever the number of times its OrderPlaced ({@code cause}) arrives. */
    public void onOrderPlaced(Order order, EventMetadata cause) {
        if (order.partnerId() == null) {
            return;
        }
        Money cashback = order.cashbackTotal();
        if (cashback.isPositive()) {
            String reason = order.lines().stream().filter(line -> line.benefit() == Benefit.CASHBACK)
                    .map(line -> line.reason().name()).findFirst().orElseThrow();
            String sourceKey = "cashback:" + order.orderId();
            ledger.append(order.partnerId(), order.currency(), sourceKey, order.partnershipId(),
                    wallet -> Optional.of(wallet.creditCashback(sourceKey, cashback, order.orderId(),
                            order.customerId(), reason, cause.getOccurredAt())),
                    entry -> List.of(credited(cause, order, entry)));
        }
        if (order.paidBy() == Payer.PARTNER) {
            Money invoiced = order.total();
            String sourceKey = "purchase:" + order.orderId();
            ledger.append(order.partnerId(), order.currency(), sourceKey, order.partnershipId(),
                    wallet -> wallet.settlePurchase(sourceKey, invoiced, order.orderId(), order.customerId(),
                            cause.getOccurredAt()),
                    entry -> List.of(debited(cause, entry, invoiced)));
        }
    }

    private OutboxMessage credited(EventMetadata cause, Order order, LedgerEntry entry) {
        CashbackCredited event = CashbackCredited.newBuilder()
                .setMetadata(metadata.causedBy(cause, WalletId.of(entry.partnerId(), entry.currency()),
                        entry.sequence()))
                .setWalletEntryId(entry.entryId())
                .setPartnerId(entry.partnerId())
                .setOrderId(entry.orderId())
                .setCustomerId(entry.customerId())
                .setAmount(AvroMoney.toAvro(entry.amount()))
                .setReason(entry.reason())
                .setBalance(AvroMoney.toAvro(entry.balanceAfter()))
                .setPartnershipId(order.partnershipId())
                .build();
        return OutboxMessage.of(Topic.WALLETS, entry.partnerId(), event);
    }

    private OutboxMessage debited(EventMetadata cause, LedgerEntry entry, Money invoiced) {
        WalletDebited event = WalletDebited.newBuilder()
                .setMetadata(metadata.causedBy(cause, WalletId.of(entry.partnerId(), entry.currency()),
                        entry.sequence()))
                .setWalletEntryId(entry.entryId())
                .setPartnerId(entry.partnerId())
                .setOrderId(entry.orderId())
                .setCustomerId(entry.customerId())
                .setAmount(AvroMoney.toAvro(entry.amount().negated()))
                .setBalance(AvroMoney.toAvro(entry.balanceAfter()))
                .setChargedToPaymentMeans(AvroMoney.toAvro(invoiced.plus(entry.amount())))
                .build();
        return OutboxMessage.of(Topic.WALLETS, entry.partnerId(), event);
    }
}
