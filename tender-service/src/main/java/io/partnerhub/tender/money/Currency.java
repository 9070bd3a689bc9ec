package io.partnerhub.tender.money;

/** The currencies the provider prices in (R23): each has its own price list, no conversion. */
public enum Currency {
    CHF, EUR
}
