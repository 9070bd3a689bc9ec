package io.partnerhub.billing.order;

/** A product and a quantity asked for, before pricing. */
public record RequestedLine(String productId, int quantity) {
}
