package io.partnerhub.billing.subscription;

/** Why a subscription ended at the end of its period instead of renewing. */
public enum LapseReason {
    /** Auto-renewal was off on the renewal date (it can be turned on again until then). */
    AUTO_RENEWAL_OFF,
    /** It was cancelled for the end of its period (final). */
    CANCELLED,
    /**
     * The partner bought it with its own means and, on the renewal date, no live partnership lets it
     * pay the renewal: the customer never agreed to pay for it, so it is not charged to the customer.
     */
    NO_LIVE_PARTNERSHIP,
    /** The product is no longer on the price list in the subscription's currency. */
    PRODUCT_WITHDRAWN
}
