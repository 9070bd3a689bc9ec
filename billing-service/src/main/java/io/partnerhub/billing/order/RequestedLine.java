package io.partnerhub.billing.order;

/**
 * A product and a quantity asked for, before pricing; {@code subscriptionId} names the subscription
 * the line renews (null: the line starts a new one).
 */
public record RequestedLine(String productId, int quantity, String subscriptionId) {

    public RequestedLine(String productId, int quantity) {
        this(productId, quantity, null);
    }
}
