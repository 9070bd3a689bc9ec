package io.partnerhub.billing.subscription.persistence;

import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.billing.subscription.SubscriptionStatus;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Subscriptions in Mongo. Every change is one guarded write: the state, one more version and the
 * change's events pushed onto the outbox, only if the document is still at the version it was read
 * at. Of several instances (or a sweep and a redelivered event) acting on one subscription, exactly
 * one write succeeds; the others read again and find the work done.
 */
@Component
public class SubscriptionStore {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public SubscriptionStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SubscriptionDocument.class))
                .map(SubscriptionDocument::toSubscription);
    }

    /** False when it exists already (someone else started it). */
    public boolean insert(Subscription subscription, List<OutboxMessage> events) {
        try {
            mongo.insert(SubscriptionDocument.from(subscription, events));
        } catch (DuplicateKeyException started) {
            return false;
        }
        relay.wake();
        return true;
    }

    /** Writes {@code changed} over the version {@code changed.version()} it came from; false when that moved on. */
    public boolean update(Subscription changed, List<OutboxMessage> events) {
        SubscriptionDocument state = SubscriptionDocument.from(changed, List.of());
        Update update = new Update()
                .set("quantity", state.quantity()).set("nextQuantity", state.nextQuantity())
                .set("autoRenew", state.autoRenew()).set("cancelAtPeriodEnd", state.cancelAtPeriodEnd())
                .set("status", state.status()).set("startedAt", state.startedAt()).set("periodsPaid", state.periodsPaid())
                .set("payerOrganizationId", state.payerOrganizationId()).set("remindersSent", state.remindersSent())
                .set("lapseReason", state.lapseReason()).set("lapsedAt", state.lapsedAt())
                .set("appliedOrderIds", state.appliedOrderIds()).set("renewsAt", state.renewsAt())
                .set("nextReminderAt", state.nextReminderAt())
                .inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        boolean written = mongo.updateFirst(Query.query(where("_id").is(changed.id()).and("version")
                .is(changed.version())), update, SubscriptionDocument.class).getModifiedCount() == 1;
        if (written && !events.isEmpty()) {
            relay.wake();
        }
        return written;
    }

    /** Active subscriptions whose renewal date has come, oldest first. */
    public List<Subscription> dueForRenewal(Instant now, int limit) {
        return due("renewsAt", now, limit);
    }

    /** Active subscriptions whose next reminder's day has come. */
    public List<Subscription> dueForReminder(Instant now, int limit) {
        return due("nextReminderAt", now, limit);
    }

    public List<Subscription> ofCustomer(String customerId) {
        return mongo.find(Query.query(where("customerId").is(customerId)).with(Sort.by("startedAt", "_id")),
                SubscriptionDocument.class).stream().map(SubscriptionDocument::toSubscription).toList();
    }

    private List<Subscription> due(String timeField, Instant now, int limit) {
        Query query = Query.query(where("status").is(SubscriptionStatus.ACTIVE.name()).and(timeField).lte(now))
                .with(Sort.by(timeField)).limit(limit);
        return mongo.find(query, SubscriptionDocument.class).stream().map(SubscriptionDocument::toSubscription)
                .toList();
    }
}
