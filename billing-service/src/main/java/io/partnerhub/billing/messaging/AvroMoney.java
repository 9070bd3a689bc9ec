package io.partnerhub.billing.messaging;

import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

/** Maps the domain's money to and from the events' Money record (scale 2, as Avro requires). */
public final class AvroMoney {

    private AvroMoney() {
    }

    public static io.partnerhub.events.common.Money toAvro(Money money) {
        return io.partnerhub.events.common.Money.newBuilder()
                .setAmount(money.amount())
                .setCurrency(io.partnerhub.events.common.Currency.valueOf(money.currency().name()))
                .build();
    }

    public static Money fromAvro(io.partnerhub.events.common.Money money) {
        return new Money(money.getAmount(), Currency.valueOf(money.getCurrency().name()));
    }
}
