package io.partnerhub.billing.messaging;

import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.subscription.application.SubscriptionBook;
import io.partnerhub.billing.volume.application.VolumeRecorder;
import io.partnerhub.billing.wallet.application.WalletPostings;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.kit.consumer.ProcessedEvents;
import io.partnerhub.kit.kafka.PoisonEventException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Billing reads its own OrderPlaced events back (they were stored with the order in one write and
 * relayed): the wallet, the yearly volume and the subscriptions follow from them, each step idempotent by order id,
 * so the order write never has to touch a second document. Both book the stored order itself (the
 * event only says which one and when), so its amounts come from the domain's {@link Order}.
 */
@Component
class PlacedOrdersListener {

    static final String CONSUMER = "billing-service-orders";

    private final WalletPostings wallet;
    private final VolumeRecorder volume;
    private final OrderStore orders;
    private final SubscriptionBook subscriptions;
    private final ProcessedEvents processed;

    PlacedOrdersListener(WalletPostings wallet, VolumeRecorder volume, OrderStore orders,
                         SubscriptionBook subscriptions, ProcessedEvents processed) {
        this.wallet = wallet;
        this.volume = volume;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.processed = processed;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER,
            topics = "#{T(io.partnerhub.events.Topic).ORDERS.topicName()}")
    void on(SpecificRecord event) {
        if (!(event instanceof OrderPlaced order)) {
            return;
        }
        String eventId = order.getMetadata().getEventId().toString();
        if (processed.alreadyProcessed(CONSUMER, eventId)) {
            return;
        }
        try {
            Order placed = orders.find(order.getOrderId()).map(OrderDocument::toOrder)
                    .orElseThrow(() -> new IllegalArgumentException("no such order is stored"));
            wallet.onOrderPlaced(placed, order.getMetadata());
            volume.onOrderPlaced(placed, order.getMetadata());
            subscriptions.book(placed);
        } catch (IllegalArgumentException unusable) {
            throw new PoisonEventException("OrderPlaced " + order.getOrderId() + ": " + unusable.getMessage(), unusable);
        }
        processed.markProcessed(CONSUMER, eventId);
    }
}
