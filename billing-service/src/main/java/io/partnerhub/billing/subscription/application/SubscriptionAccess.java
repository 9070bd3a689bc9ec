package io.partnerhub.billing.subscription.application;

import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.collaborator.OrderingPermission;
import io.partnerhub.billing.partnership.client.PartnerUserReach;
import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.billing.subscription.SubscriptionChange;
import io.partnerhub.billing.subscription.messaging.SubscriptionEvents;
import io.partnerhub.billing.subscription.persistence.SubscriptionStore;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.kit.web.ForbiddenException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Who may see and change a customer's subscriptions: the customer's own users (changes by its legal
 * representatives and admins), and its partner while a live partnership gives it FULL access, as
 * partnership-service answers now — of the partner's users, those who may order for this customer
 * (R5). Anyone else gets 404, as if the subscription did not exist.
 */
@Service
public class SubscriptionAccess {

    private final SubscriptionStore subscriptions;
    private final SubscriptionEvents events;
    private final PartnerUserReach reach;

    public SubscriptionAccess(SubscriptionStore subscriptions, SubscriptionEvents events, PartnerUserReach reach) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.reach = reach;
    }

    public List<Subscription> ofCustomer(Caller caller, String customerId) {
        if (!reaches(caller, customerId)) {
            throw new NotFoundException("No customer " + customerId);
        }
        return subscriptions.ofCustomer(customerId);
    }

    public Subscription read(Caller caller, String subscriptionId) {
        Subscription subscription = subscriptions.find(subscriptionId)
                .orElseThrow(() -> new NotFoundException("No subscription " + subscriptionId));
        if (!reaches(caller, subscription.customerId())) {
            throw new NotFoundException("No subscription " + subscriptionId);
        }
        return subscription;
    }

    /** Applies the change to the subscription as it is now (a concurrent change first: 409, retry). */
    public Subscription change(Caller caller, String subscriptionId, SubscriptionChange change) {
        Subscription current = read(caller, subscriptionId);
        if (caller.organizationId().equals(current.customerId())) {
            OrderingPermission permission = OrderingPermission.ofCustomerUser(caller.roles());
            if (!permission.granted()) {
                throw new ForbiddenException(permission.reason());
            }
        }
        if (change.isEmpty()) {
            return current;
        }
        Subscription changed = current.changed(change);
        if (!subscriptions.update(changed, events.changed(changed, caller))) {
            throw new ConflictException("Subscription " + subscriptionId + " changed meanwhile; read it and try again");
        }
        return subscriptions.find(subscriptionId).orElseThrow();
    }

    private boolean reaches(Caller caller, String customerId) {
        String organization = caller.organizationId();
        if (organization == null) {
            return false;
        }
        if (organization.equals(customerId)) {
            return true;
        }
        return reach.liveTerms(caller, customerId).filter(terms -> terms.access() == AccessLevel.FULL).isPresent();
    }
}
