package io.partnerhub.billing.benefit;

/** Whose payment means pay an order; the invoice goes to that organization only (R24). */
public enum Payer {
    CUSTOMER, PARTNER
}
