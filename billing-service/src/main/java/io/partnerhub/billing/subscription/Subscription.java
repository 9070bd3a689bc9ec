package io.partnerhub.billing.subscription;

import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.pricing.BillingPeriod;
import io.partnerhub.billing.pricing.ProductCategory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A product bought for a customer's organization (installed there whoever pays: R24), renewing at
 * the end of every billing period until it lapses. The period ends are counted from {@code startedAt}
 * ({@link BillingPeriod#end}); {@code periodsPaid} periods are paid, so it renews at the end of the
 * last one. Every order that started or extended it is remembered ({@code appliedOrderIds}), so
 * applying an order twice (a redelivered event, two instances) changes nothing the second time.
 *
 * @param startedPaidBy         who paid the order that started it: a subscription the partner bought
 *                              with its own means is never charged to the customer
 * @param payerOrganizationId   the organization that paid the current period
 * @param remindersSent         the reminders (days before renewal) already sent for the current period
 */
public record Subscription(String id, String customerId, String productId, ProductCategory category,
                           Currency currency, BillingPeriod period, int quantity, int nextQuantity, boolean autoRenew,
                           boolean cancelAtPeriodEnd, SubscriptionStatus status, Instant startedAt, int periodsPaid,
                           Payer startedPaidBy, String payerOrganizationId, Set<Integer> remindersSent,
                           LapseReason lapseReason, Instant lapsedAt, List<String> appliedOrderIds, long version) {

    /** Days before a yearly renewal on which its payer is reminded. Monthly renewals are not announced. */
    public static final List<Integer> REMINDER_DAYS = List.of(30, 7);

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        remindersSent = Set.copyOf(remindersSent);
        appliedOrderIds = List.copyOf(appliedOrderIds);
    }

    /** The subscription the order's line starts. */
    public static Subscription start(Order order, OrderLine line, BillingPeriod period) {
        return new Subscription(line.subscriptionId(), order.customerId(), line.productId(), line.category(),
                order.currency(), period, line.quantity(), line.quantity(), true, false, SubscriptionStatus.ACTIVE,
                order.placedAt(), 1, order.paidBy(), order.payerOrganizationId(), Set.of(), null, null,
                List.of(order.orderId()), 1);
    }

    /** The next renewal date: the end of the last period paid. */
    public Instant renewsAt() {
        return period.end(startedAt, periodsPaid);
    }

    public boolean applied(String orderId) {
        return appliedOrderIds.contains(orderId);
    }

    public boolean active() {
        return status == SubscriptionStatus.ACTIVE;
    }

    /**
     * Renewed by the order's line (the scheduled renewal, or one placed by hand): one more period is
     * paid, at the quantity ordered. A lapsed subscription starts again from the order.
     */
    public Subscription renewedBy(Order order, OrderLine line) {
        List<String> applied = new ArrayList<>(appliedOrderIds);
        applied.add(order.orderId());
        boolean restart = !active();
        return new Subscription(id, customerId, productId, category, currency, period, line.quantity(),
                line.quantity(), autoRenew || restart, restart ? false : cancelAtPeriodEnd, SubscriptionStatus.ACTIVE,
                restart ? order.placedAt() : startedAt, restart ? 1 : periodsPaid + 1, startedPaidBy,
                order.payerOrganizationId(), Set.of(), null, null, applied, version);
    }

    /** The change asked for; a lapsed subscription, or a cancelled one turned back on, is refused. */
    public Subscription changed(SubscriptionChange change) {
        if (!active()) {
            throw new SubscriptionRuleException("Subscription " + id + " has lapsed: order the product again");
        }
        if (cancelAtPeriodEnd && Boolean.FALSE.equals(change.cancelAtPeriodEnd())) {
            throw new SubscriptionRuleException("A cancellation is final: order the product again after "
                    + renewsAt());
        }
        if (change.nextQuantity() != null && change.nextQuantity() < 1) {
            throw new IllegalArgumentException("nextQuantity must be at least 1");
        }
        return new Subscription(id, customerId, productId, category, currency, period, quantity,
                change.nextQuantity() != null ? change.nextQuantity() : nextQuantity,
                change.autoRenew() != null ? change.autoRenew() : autoRenew,
                cancelAtPeriodEnd || Boolean.TRUE.equals(change.cancelAtPeriodEnd()), status, startedAt, periodsPaid,
                startedPaidBy, payerOrganizationId, remindersSent, null, null, appliedOrderIds, version);
    }

    /** Whether its renewal date has come: it renews or lapses now. */
    public boolean dueAt(Instant now) {
        return active() && !now.isBefore(renewsAt());
    }

    /** It ends at the end of its period, for {@code reason}. */
    public Subscription lapsed(LapseReason reason) {
        return new Subscription(id, customerId, productId, category, currency, period, quantity, nextQuantity,
                autoRenew, cancelAtPeriodEnd, SubscriptionStatus.LAPSED, startedAt, periodsPaid, startedPaidBy,
                payerOrganizationId, remindersSent, reason, renewsAt(), appliedOrderIds, version);
    }

    /**
     * The reminder due at {@code now}, if any: of those not sent for this period whose day has come, the
     * one closest to the renewal (after an outage spanning both days, one reminder goes, not two).
     * Only yearly subscriptions that will renew are announced.
     */
    public Optional<Integer> reminderDueAt(Instant now) {
        if (!willRenew() || !now.isBefore(renewsAt())) {
            return Optional.empty();
        }
        return REMINDER_DAYS.stream().filter(days -> !remindersSent.contains(days))
                .filter(days -> !now.isBefore(renewsAt().minus(Duration.ofDays(days))))
                .min(Integer::compare);
    }

    /** The reminder {@code days} is sent; every earlier one that did not go is dropped with it. */
    public Subscription reminded(int days) {
        Set<Integer> sent = new TreeSet<>(remindersSent);
        REMINDER_DAYS.stream().filter(candidate -> candidate >= days).forEach(sent::add);
        return new Subscription(id, customerId, productId, category, currency, period, quantity, nextQuantity,
                autoRenew, cancelAtPeriodEnd, status, startedAt, periodsPaid, startedPaidBy, payerOrganizationId,
                sent, lapseReason, lapsedAt, appliedOrderIds, version);
    }

    /** When the next reminder falls due (null: none will): stored, so the sweeper finds it by index. */
    public Instant nextReminderAt() {
        if (!willRenew()) {
            return null;
        }
        return REMINDER_DAYS.stream().filter(days -> !remindersSent.contains(days))
                .map(days -> renewsAt().minus(Duration.ofDays(days))).min(Instant::compareTo).orElse(null);
    }

    private boolean willRenew() {
        return period == BillingPeriod.YEARLY && active() && autoRenew && !cancelAtPeriodEnd;
    }
}
