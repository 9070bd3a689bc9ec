package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.benefit.BenefitReason;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.pricing.LinePrice;
import io.partnerhub.billing.pricing.ProductCategory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One priced line of an order: the price steps, what was paid, and the partner benefit with the
 * reason it applied. Cashback lines are paid at the public price (the partner earns the difference
 * in its wallet); discount lines are paid at the partner price; the two never meet on one line.
 * Every line starts or renews the subscription {@code subscriptionId} (null only on lines stored
 * before subscriptions existed).
 */
public record OrderLine(int lineNo, String productId, ProductCategory category, int quantity, LinePrice price,
                        BenefitReason reason, String subscriptionId) {

    /** The id of the subscription a new order's line starts: derived, so a replayed order starts the same one. */
    public static String newSubscriptionId(String orderId, int lineNo) {
        return "sub-" + UUID.nameUUIDFromBytes((orderId + "#" + lineNo).getBytes(StandardCharsets.UTF_8));
    }

    public Benefit benefit() {
        return reason.benefit();
    }

    public Money publicPrice() {
        return price.publicPrice();
    }

    public Money pricePaid() {
        return benefit() == Benefit.DISCOUNT ? price.partnerPrice() : price.publicPrice();
    }

    public Money benefitAmount() {
        return benefit() == Benefit.NONE ? Money.zero(price.publicPrice().currency()) : price.partnerSaving();
    }

    public Money cashback() {
        return benefit() == Benefit.CASHBACK ? benefitAmount() : Money.zero(price.publicPrice().currency());
    }

    public Money discount() {
        return benefit() == Benefit.DISCOUNT ? benefitAmount() : Money.zero(price.publicPrice().currency());
    }
}
