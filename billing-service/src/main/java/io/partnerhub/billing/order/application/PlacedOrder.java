package io.partnerhub.billing.order.application;

import io.partnerhub.billing.order.persistence.OrderDocument;

/** The order a POST produced, and whether it is the replay of an earlier identical request. */
public record PlacedOrder(OrderDocument order, boolean replayed) {
}
