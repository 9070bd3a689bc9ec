package io.partnerhub.billing.benefit;

/** Access a customer granted its partner (R7): limited to some products, or full. */
public enum AccessLevel {
    LIMITED, FULL
}
