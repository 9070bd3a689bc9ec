package io.partnerhub.billing.persistence;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.math.BigDecimal;

/** Amounts are stored in Mongo as exact decimal strings ("347.20") next to a currency field. */
public final class StoredMoney {

    private StoredMoney() {
    }

    public static String amount(Money money) {
        return money.amount().toPlainString();
    }

    public static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
