package io.partnerhub.billing.subscription.application;

import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.pricing.BillingPeriod;
import io.partnerhub.billing.pricing.PriceList;
import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.billing.subscription.messaging.SubscriptionEvents;
import io.partnerhub.billing.subscription.persistence.SubscriptionStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/**
 * Books a placed order on its subscriptions: each line starts the subscription it names or renews it
 * by one period. Idempotent by order id, so it may run for the same order any number of times, from
 * the order's event (every order) and from the renewal sweep (its own orders), on any instance.
 */
@Service
public class SubscriptionBook {

    private static final int ATTEMPTS = 5;

    private final SubscriptionStore subscriptions;
    private final SubscriptionEvents events;
    private final PriceList priceList;

    public SubscriptionBook(SubscriptionStore subscriptions, SubscriptionEvents events, PriceList priceList) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.priceList = priceList;
    }

    public void book(Order order) {
        for (OrderLine line : order.lines()) {
            if (line.subscriptionId() != null) {
                bookLine(order, line);
            }
        }
    }

    private void bookLine(Order order, OrderLine line) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Subscription> existing = subscriptions.find(line.subscriptionId());
            if (existing.isEmpty()) {
                Subscription started = Subscription.start(order, line, periodOf(line));
                if (subscriptions.insert(started, events.started(started, order))) {
                    return;
                }
                continue;
            }
            Subscription current = existing.get();
            if (current.applied(order.orderId())) {
                return;
            }
            Instant periodStart = current.active() ? current.renewsAt() : order.placedAt();
            Subscription renewed = current.renewedBy(order, line);
            if (subscriptions.update(renewed, events.renewed(renewed, periodStart, order, line))) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("Subscription " + line.subscriptionId()
                + " kept changing while order " + order.orderId() + " was booked on it; retried later");
    }

    private BillingPeriod periodOf(OrderLine line) {
        return priceList.product(line.productId()).period();
    }
}
