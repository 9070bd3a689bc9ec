package io.partnerhub.billing.benefit;

/** Who places an order or renewal: the customer itself, or its partner acting for it. */
public enum Orderer {
    CUSTOMER, PARTNER
}
