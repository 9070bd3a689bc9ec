package io.partnerhub.billing.order.persistence;

import io.partnerhub.billing.benefit.Orderer;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.TermsSource;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One order with its invoice and its pending events, written in ONE insert (no dual write). The
 * id is derived from the caller's Idempotency-Key, so a retried POST finds the first order.
 * {@code termsSource} ({@link TermsSource}) says where the partnership terms it was decided on came
 * from; null on orders placed before billing asked the owner.
 */
@Document("orders")
@CompoundIndexes({
        @CompoundIndex(name = "partner_placed", def = "{'partnerId': 1, 'placedAt': 1, '_id': 1}"),
        @CompoundIndex(name = "payer_placed", def = "{'payerOrganizationId': 1, 'placedAt': -1}"),
        @CompoundIndex(name = "customer_placed", def = "{'customerId': 1, 'placedAt': -1}"),
        @CompoundIndex(name = "partnership", def = "{'partnershipId': 1}")})
public record OrderDocument(@Id String id, String customerId, String partnerId, String partnershipId,
                            String orderedBy, String paidBy, boolean renewal, String currency,
                            List<OrderLineDocument> lines, String total, Instant placedAt, String placedByUserId,
                            String placedByOrganizationId, String requestFingerprint, String invoiceId,
                            String payerOrganizationId, String termsSource, List<OutboxMessage> outbox)
        implements HasOutbox {

    public static OrderDocument from(Order order, String userId, String organizationId, String fingerprint,
                                     TermsSource termsSource, List<OutboxMessage> outbox) {
        return new OrderDocument(order.orderId(), order.customerId(), order.partnerId(), order.partnershipId(),
                order.orderedBy().name(), order.paidBy().name(), order.renewal(), order.currency().name(),
                order.lines().stream().map(OrderLineDocument::from).toList(), StoredMoney.amount(order.total()),
                order.placedAt(), userId, organizationId, fingerprint, order.invoice().invoiceId(),
                order.invoice().payerOrganizationId(), termsSource.name(), outbox);
    }

    public Order toOrder() {
        Currency money = Currency.valueOf(currency);
        return new Order(id, customerId, partnerId, partnershipId, Orderer.valueOf(orderedBy), Payer.valueOf(paidBy),
                renewal, money, lines.stream().map(line -> line.toLine(money)).toList(), placedAt);
    }
}
