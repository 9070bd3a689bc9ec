package io.partnerhub.billing.subscription;

/**
 * What the customer (or its partner with full access) asks to change; a null field is left as it is.
 * Each takes effect at the next renewal, never on the period already paid.
 */
public record SubscriptionChange(Boolean autoRenew, Integer nextQuantity, Boolean cancelAtPeriodEnd) {

    public boolean isEmpty() {
        return autoRenew == null && nextQuantity == null && cancelAtPeriodEnd == null;
    }
}
