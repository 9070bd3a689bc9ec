package io.partnerhub.billing.benefit;

/** What the partner earns on a line: cashback to its wallet (R18, R19), a discount at purchase (R20), or nothing. Never both. */
public enum Benefit {
    CASHBACK, DISCOUNT, NONE
}
