package io.partnerhub.partnership.partner;

/** Currencies with their own price list. */
public enum Currency { CHF, EUR }
