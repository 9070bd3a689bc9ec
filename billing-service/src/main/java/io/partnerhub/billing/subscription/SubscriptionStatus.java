package io.partnerhub.billing.subscription;

/** A subscription renews while ACTIVE; LAPSED is where it ends (a new order of the product starts it again). */
public enum SubscriptionStatus {
    ACTIVE, LAPSED
}
