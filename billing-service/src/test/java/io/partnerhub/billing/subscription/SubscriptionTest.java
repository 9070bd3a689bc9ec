package io.partnerhub.billing.subscription;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import io.partnerhub.billing.pricing.BillingPeriod;
import io.partnerhub.billing.pricing.LinePricing;
import io.partnerhub.billing.pricing.PriceList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renewal calendar, reminders and the changes a subscription allows. */
class SubscriptionTest {

    private final Checkout checkout = new Checkout(new LinePricing(PriceList.standard()));

    @Test
    void monthlyPeriodsAreCountedFromTheStartSoTheDayOfTheMonthNeverDrifts() {
        Subscription subscription = start("web-hosting", "2026-01-31T09:00:00Z", BillingPeriod.MONTHLY);
        assertThat(subscription.renewsAt()).isEqualTo("2026-02-28T09:00:00Z");

        Subscription renewed = renew(subscription, "ord-2");
        assertThat(renewed.renewsAt()).isEqualTo("2026-03-31T09:00:00Z");
        assertThat(renewed.periodsPaid()).isEqualTo(2);
        assertThat(renewed.dueAt(Instant.parse("2026-03-31T08:59:59Z"))).isFalse();
        assertThat(renewed.dueAt(Instant.parse("2026-03-31T09:00:00Z"))).isTrue();
    }

    @Test
    void applyingTheSameOrderTwiceIsRecognised() {
        Subscription subscription = start("web-hosting", "2026-01-31T09:00:00Z", BillingPeriod.MONTHLY);
        Subscription renewed = renew(subscription, "ord-2");

        assertThat(renewed.applied("ord-0")).isTrue();
        assertThat(renewed.applied("ord-2")).isTrue();
        assertThat(renewed.applied("ord-3")).isFalse();
    }

    @Test
    void aYearlySubscriptionRemindsItsPayer30And7DaysBeforeOnceEach() {
        Subscription subscription = start("domain-ch", "2026-03-10T12:00:00Z", BillingPeriod.YEARLY);
        assertThat(subscription.renewsAt()).isEqualTo("2027-03-10T12:00:00Z");
        assertThat(subscription.nextReminderAt()).isEqualTo("2027-02-08T12:00:00Z");

        assertThat(subscription.reminderDueAt(Instant.parse("2027-02-08T11:59:59Z"))).isEmpty();
        assertThat(subscription.reminderDueAt(Instant.parse("2027-02-08T12:00:00Z"))).contains(30);
        Subscription once = subscription.reminded(30);
        assertThat(once.reminderDueAt(Instant.parse("2027-02-20T00:00:00Z"))).isEmpty();
        assertThat(once.nextReminderAt()).isEqualTo("2027-03-03T12:00:00Z");
        assertThat(once.reminderDueAt(Instant.parse("2027-03-03T12:00:00Z"))).contains(7);
        assertThat(once.reminded(7).nextReminderAt()).isNull();
    }

    @Test
    void afterAnOutageSpanningBothDaysOneReminderGoes() {
        Subscription subscription = start("domain-ch", "2026-03-10T12:00:00Z", BillingPeriod.YEARLY);

        assertThat(subscription.reminderDueAt(Instant.parse("2027-03-05T00:00:00Z"))).contains(7);
        assertThat(subscription.reminded(7).nextReminderAt()).isNull();
    }

    @Test
    void monthlySubscriptionsAndOnesThatWillNotRenewAreNotAnnounced() {
        assertThat(start("web-hosting", "2026-03-10T12:00:00Z", BillingPeriod.MONTHLY).nextReminderAt()).isNull();
        Subscription domain = start("domain-ch", "2026-03-10T12:00:00Z", BillingPeriod.YEARLY);
        assertThat(domain.changed(new SubscriptionChange(false, null, null)).nextReminderAt()).isNull();
        assertThat(domain.changed(new SubscriptionChange(null, null, true)).nextReminderAt()).isNull();
    }

    @Test
    void aRenewalStartsTheRemindersOfTheNextPeriodAfresh() {
        Subscription reminded = start("domain-ch", "2026-03-10T12:00:00Z", BillingPeriod.YEARLY).reminded(7);

        assertThat(renew(reminded, "ord-2").nextReminderAt()).isEqualTo("2028-02-09T12:00:00Z");
    }

    @Test
    void aCancellationIsFinalAndALapsedSubscriptionCannotBeChanged() {
        Subscription cancelled = start("web-hosting", "2026-01-31T09:00:00Z", BillingPeriod.MONTHLY)
                .changed(new SubscriptionChange(null, null, true));

        assertThatThrownBy(() -> cancelled.changed(new SubscriptionChange(null, null, false)))
                .isInstanceOf(SubscriptionRuleException.class);
        Subscription lapsed = cancelled.lapsed(LapseReason.CANCELLED);
        assertThat(lapsed.lapsedAt()).isEqualTo("2026-02-28T09:00:00Z");
        assertThat(lapsed.dueAt(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> lapsed.changed(new SubscriptionChange(true, null, null)))
                .isInstanceOf(SubscriptionRuleException.class);
    }

    @Test
    void theNextQuantityChangesTheRenewalNotThePeriodPaid() {
        Subscription subscription = start("web-hosting", "2026-01-31T09:00:00Z", BillingPeriod.MONTHLY)
                .changed(new SubscriptionChange(null, 5, null));

        assertThat(subscription.quantity()).isEqualTo(1);
        assertThat(subscription.nextQuantity()).isEqualTo(5);
        assertThatThrownBy(() -> subscription.changed(new SubscriptionChange(null, 0, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Subscription start(String productId, String at, BillingPeriod period) {
        Order order = order("ord-0", productId, null, Instant.parse(at));
        return Subscription.start(order, order.lines().get(0), period);
    }

    private Subscription renew(Subscription subscription, String orderId) {
        Order order = order(orderId, subscription.productId(), subscription.id(), subscription.renewsAt());
        return subscription.renewedBy(order, order.lines().get(0));
    }

    private Order order(String orderId, String productId, String subscriptionId, Instant at) {
        return checkout.placeByCustomer(orderId, new OrderRequest("customer-1", Currency.CHF,
                List.of(new RequestedLine(productId, 1, subscriptionId)), subscriptionId != null, null), List.of(), at);
    }
}
