package io.partnerhub.billing.wallet;

/** The two kinds of ledger entries (R26): cashback credits and partner-paid purchase debits. */
public enum EntryType {
    CASHBACK_CREDIT,
    PURCHASE_DEBIT
}
