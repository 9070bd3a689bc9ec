package io.partnerhub.billing.wallet;

import io.partnerhub.billing.money.Currency;

/** A partner has one wallet per currency (no conversion: R22). */
public final class WalletId {

    private WalletId() {
    }

    public static String of(String partnerId, Currency currency) {
        return partnerId + ":" + currency;
    }
}
