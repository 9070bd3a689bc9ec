package io.partnerhub.billing.money;

/** The two currencies of the provider's price lists (R22, R23). Each has its own price list: no conversion. */
public enum Currency {
    CHF,
    EUR
}
