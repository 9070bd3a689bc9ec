package io.partnerhub.billing.subscription.persistence;

import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.pricing.BillingPeriod;
import io.partnerhub.billing.pricing.ProductCategory;
import io.partnerhub.billing.subscription.LapseReason;
import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.billing.subscription.SubscriptionStatus;
import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A subscription with its pending events. {@code renewsAt} and {@code nextReminderAt} are stored
 * beside the state they follow from, so the sweeper finds what is due by index, never by scanning.
 */
@Document("subscriptions")
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'renewsAt': 1}"),
        @CompoundIndex(name = "reminder_due", def = "{'status': 1, 'nextReminderAt': 1}"),
        @CompoundIndex(name = "customer", def = "{'customerId': 1, 'startedAt': 1}")})
public record SubscriptionDocument(@Id String id, String customerId, String productId, String category,
                                   String currency, String period, int quantity, int nextQuantity, boolean autoRenew,
                                   boolean cancelAtPeriodEnd, String status, Instant startedAt, int periodsPaid,
                                   String startedPaidBy, String payerOrganizationId, List<Integer> remindersSent,
                                   String lapseReason, Instant lapsedAt, List<String> appliedOrderIds, long version,
                                   Instant renewsAt, Instant nextReminderAt, List<OutboxMessage> outbox)
        implements HasOutbox {

    static SubscriptionDocument from(Subscription subscription, List<OutboxMessage> outbox) {
        return new SubscriptionDocument(subscription.id(), subscription.customerId(), subscription.productId(),
                subscription.category().name(), subscription.currency().name(), subscription.period().name(),
                subscription.quantity(), subscription.nextQuantity(), subscription.autoRenew(),
                subscription.cancelAtPeriodEnd(), subscription.status().name(), subscription.startedAt(),
                subscription.periodsPaid(), subscription.startedPaidBy().name(), subscription.payerOrganizationId(),
                List.copyOf(subscription.remindersSent()),
                subscription.lapseReason() == null ? null : subscription.lapseReason().name(), subscription.lapsedAt(),
                subscription.appliedOrderIds(), subscription.version(), subscription.renewsAt(),
                subscription.nextReminderAt(), outbox);
    }

    public Subscription toSubscription() {
        return new Subscription(id, customerId, productId, ProductCategory.valueOf(category), Currency.valueOf(currency),
                BillingPeriod.valueOf(period), quantity, nextQuantity, autoRenew, cancelAtPeriodEnd,
                SubscriptionStatus.valueOf(status), startedAt, periodsPaid, Payer.valueOf(startedPaidBy),
                payerOrganizationId, remindersSent == null ? Set.of() : Set.copyOf(remindersSent),
                lapseReason == null ? null : LapseReason.valueOf(lapseReason), lapsedAt,
                appliedOrderIds == null ? List.of() : appliedOrderIds, version);
    }
}
