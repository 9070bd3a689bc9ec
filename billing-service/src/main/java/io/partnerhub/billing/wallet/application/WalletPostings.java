package io.partnerhub.billing.wallet.application;

import io.partnerhub.billing.messaging.AvroMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.wallet.LedgerEntry;
import io.partnerhub.billing.wallet.WalletId;
import io.partnerhub.billing.wallet.persistence.WalletLedger;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.CashbackCredited;
import io.partnerhub.events.billing.OrderLine;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.PartnerBenefit;
import io.partnerhub.events.billing.Payer;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Books what a placed order means for the partner's wallet (R18, R26): one cashback credit per
 * order with cashback lines, one purchase debit per partner-paid order (what the balance covers;
 * the rest goes to the partner's payment means). Keyed by order id, so replays book nothing new.
 */
@Service
public class WalletPostings {

    private final WalletLedger ledger;
    private final EventMetadataFactory metadata;

    public WalletPostings(WalletLedger ledger, EventMetadataFactory metadata) {
        this.ledger = ledger;
        this.metadata = metadata;
    }

    public void onOrderPlaced(OrderPlaced order) {
        if (order.getPartnerId() == null) {
            return;
        }
        Currency currency = Currency.valueOf(order.getTotal().getCurrency().name());
        Money cashback = order.getLines().stream().filter(line -> line.getBenefit() == PartnerBenefit.CASHBACK)
                .map(line -> AvroMoney.fromAvro(line.getBenefitAmount())).reduce(Money.zero(currency), Money::plus);
        if (cashback.isPositive()) {
            String reason = order.getLines().stream().filter(line -> line.getBenefit() == PartnerBenefit.CASHBACK)
                    .map(OrderLine::getBenefitReason).findFirst().orElseThrow();
            ledger.append(order.getPartnerId(), currency, "cashback:" + order.getOrderId(), order.getPartnershipId(),
                    wallet -> Optional.of(wallet.creditCashback("cashback:" + order.getOrderId(), cashback,
                            order.getOrderId(), order.getCustomerId(), reason, order.getMetadata().getOccurredAt())),
                    entry -> List.of(credited(order, entry)));
        }
        if (order.getPaidBy() == Payer.PARTNER) {
            Money invoiced = AvroMoney.fromAvro(order.getTotal());
            ledger.append(order.getPartnerId(), currency, "purchase:" + order.getOrderId(), order.getPartnershipId(),
                    wallet -> wallet.settlePurchase("purchase:" + order.getOrderId(), invoiced, order.getOrderId(),
                            order.getCustomerId(), order.getMetadata().getOccurredAt()),
                    entry -> List.of(debited(order, entry, invoiced)));
        }
    }

    private OutboxMessage credited(OrderPlaced order, LedgerEntry entry) {
        CashbackCredited event = CashbackCredited.newBuilder()
                .setMetadata(metadata.causedBy(order.getMetadata(), WalletId.of(entry.partnerId(), entry.currency()),
                        entry.sequence()))
                .setWalletEntryId(entry.entryId())
                .setPartnerId(entry.partnerId())
                .setOrderId(entry.orderId())
                .setCustomerId(entry.customerId())
                .setAmount(AvroMoney.toAvro(entry.amount()))
                .setReason(entry.reason())
                .setBalance(AvroMoney.toAvro(entry.balanceAfter()))
                .setPartnershipId(order.getPartnershipId())
                .build();
        return OutboxMessage.of(Topic.WALLETS, entry.partnerId(), event);
    }

    private OutboxMessage debited(OrderPlaced order, LedgerEntry entry, Money invoiced) {
        io.partnerhub.events.billing.WalletDebited event = io.partnerhub.events.billing.WalletDebited.newBuilder()
                .setMetadata(metadata.causedBy(order.getMetadata(), WalletId.of(entry.partnerId(), entry.currency()),
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
