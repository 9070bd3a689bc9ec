package io.partnerhub.billing.benefit;

/** Under full access, whose payment means pay (R8). */
public enum PaymentMode {
    CUSTOMER, PARTNER
}
