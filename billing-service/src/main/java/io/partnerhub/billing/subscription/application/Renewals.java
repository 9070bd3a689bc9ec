package io.partnerhub.billing.subscription.application;

import io.partnerhub.billing.contact.persistence.BillingContactStore;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.TermsSource;
import io.partnerhub.billing.order.messaging.OrderEvents;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.partnership.client.PartnershipOwner;
import io.partnerhub.billing.partnership.persistence.PartnershipReadModel;
import io.partnerhub.billing.pricing.PriceList;
import io.partnerhub.billing.pricing.Product;
import io.partnerhub.billing.subscription.LapseReason;
import io.partnerhub.billing.subscription.ScheduledRenewal;
import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.billing.subscription.messaging.SubscriptionEvents;
import io.partnerhub.billing.subscription.persistence.SubscriptionStore;
import io.partnerhub.kit.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The renewal workflow: every due subscription renews or lapses on its date, and yearly ones remind
 * their payer 30 and 7 days before. Deadlines are stored, so a restart loses none; a pass finishes
 * what a crashed one left half done.
 *
 * <p>Exactly once with several instances: a renewal order's id is derived from the subscription and
 * the period ({@link ScheduledRenewal#orderIdFor}), so of instances renewing one subscription at
 * once only one order is stored (the others find it and book that one); booking it and every lapse or
 * reminder is a version-guarded write ({@link SubscriptionStore#update}) that one instance wins.
 */
@Service
public class Renewals {

    private static final Logger log = LoggerFactory.getLogger(Renewals.class);
    static final String SCHEDULED_RENEWAL = "scheduled-renewal";
    private static final int BATCH = 200;

    private final SubscriptionStore subscriptions;
    private final SubscriptionBook book;
    private final SubscriptionEvents events;
    private final ScheduledRenewal scheduled;
    private final PartnershipOwner owner;
    private final PartnershipReadModel readModel;
    private final OrderStore orders;
    private final OrderEvents orderEvents;
    private final BillingContactStore contacts;
    private final PriceList priceList;
    private final OutboxRelay relay;
    private final Clock clock;

    public Renewals(SubscriptionStore subscriptions, SubscriptionBook book, SubscriptionEvents events,
                    ScheduledRenewal scheduled, PartnershipOwner owner, PartnershipReadModel readModel,
                    OrderStore orders, OrderEvents orderEvents, BillingContactStore contacts, PriceList priceList,
                    OutboxRelay relay, Clock clock) {
        this.subscriptions = subscriptions;
        this.book = book;
        this.events = events;
        this.scheduled = scheduled;
        this.owner = owner;
        this.readModel = readModel;
        this.orders = orders;
        this.orderEvents = orderEvents;
        this.contacts = contacts;
        this.priceList = priceList;
        this.relay = relay;
        this.clock = clock;
    }

    /** What one pass did on this instance. */
    public record Pass(int renewed, int lapsed, int reminded) {
    }

    /** One pass over what is due now. */
    public Pass sweepOnce() {
        return sweepAt(clock.instant());
    }

    /** One pass over what is due at {@code now} (the schedule passes the clock's time; a test its own). */
    public Pass sweepAt(Instant now) {
        int renewed = 0;
        int lapsed = 0;
        for (Subscription due : subscriptions.dueForRenewal(now, BATCH)) {
            Done done = safely(due, () -> renewOrLapse(due, now));
            renewed += done == Done.RENEWED ? 1 : 0;
            lapsed += done == Done.LAPSED ? 1 : 0;
        }
        int reminded = 0;
        for (Subscription due : subscriptions.dueForReminder(now, BATCH)) {
            reminded += safely(due, () -> remind(due, now)) == Done.REMINDED ? 1 : 0;
        }
        return new Pass(renewed, lapsed, reminded);
    }

    private enum Done { RENEWED, LAPSED, REMINDED, NOTHING }

    /**
     * Lapses what cannot renew whatever the terms; otherwise asks the owner for the terms in force now
     * (unreachable: left for the next pass, nothing written) and renews or lapses on them.
     */
    private Done renewOrLapse(Subscription due, Instant now) {
        var lapse = scheduled.lapseRegardlessOfTerms(due);
        ScheduledRenewal.Outcome decided = lapse.isPresent() ? lapse.get()
                : scheduled.decide(due, owner.liveOfCustomer(due.customerId()), now);
        if (decided instanceof ScheduledRenewal.Lapse lapsing) {
            return lapse(due, lapsing.reason());
        }
        Order order = ((ScheduledRenewal.Renew) decided).order();
        OrderDocument placed = OrderDocument.from(order, null, null, SCHEDULED_RENEWAL, TermsSource.OWNER,
                orderEvents.placed(order, null));
        boolean placedHere = orders.insert(placed);
        if (placedHere) {
            relay.wake();
        } else {
            order = orders.find(order.orderId()).map(OrderDocument::toOrder).orElseThrow();
        }
        book.book(order);
        return placedHere ? Done.RENEWED : Done.NOTHING;
    }

    private Done lapse(Subscription due, LapseReason reason) {
        Subscription lapsed = due.lapsed(reason);
        return subscriptions.update(lapsed, events.lapsed(lapsed, productName(due),
                contacts.find(lapsed.payerOrganizationId()))) ? Done.LAPSED : Done.NOTHING;
    }

    private Done remind(Subscription due, Instant now) {
        var days = due.reminderDueAt(now);
        if (days.isEmpty()) {
            return Done.NOTHING;
        }
        String payer = scheduled.expectedPayer(due, readModel.liveOfCustomer(due.customerId()));
        Subscription reminded = due.reminded(days.get());
        return subscriptions.update(reminded, events.reminder(reminded, productName(due), payer, contacts.find(payer),
                now)) ? Done.REMINDED : Done.NOTHING;
    }

    private String productName(Subscription subscription) {
        return priceList.find(subscription.productId()).map(Product::name).orElse(subscription.productId());
    }

    /** One subscription that cannot be handled now is logged and retried next pass; the others go on. */
    private static Done safely(Subscription subscription, Supplier<Done> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            log.warn("Subscription {} not swept this time: {}", subscription.id(), e.toString());
            return Done.NOTHING;
        }
    }
}
