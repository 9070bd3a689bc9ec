package io.partnerhub.billing.order.persistence;

import io.partnerhub.billing.benefit.BenefitReason;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Rate;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.billing.pricing.LinePrice;
import io.partnerhub.billing.pricing.ProductCategory;

import java.math.BigDecimal;

/** An order line as stored: every price step, the benefit and its reason. */
public record OrderLineDocument(int lineNo, String productId, String category, int quantity, String listAmount,
                                String tierRate, String publicPrice, String partnerRate, String afterPartnerRate,
                                String partnerPrice, String pricePaid, String benefit, String benefitAmount,
                                String reason, String subscriptionId) {

    static OrderLineDocument from(OrderLine line) {
        LinePrice price = line.price();
        return new OrderLineDocument(line.lineNo(), line.productId(), line.category().name(), line.quantity(),
                StoredMoney.amount(price.listAmount()), price.tierRate().percent().toPlainString(),
                StoredMoney.amount(price.publicPrice()), price.partnerRate().percent().toPlainString(),
                StoredMoney.amount(price.afterPartnerRate()), StoredMoney.amount(price.partnerPrice()),
                StoredMoney.amount(line.pricePaid()), line.benefit().name(), StoredMoney.amount(line.benefitAmount()),
                line.reason().name(), line.subscriptionId());
    }

    OrderLine toLine(Currency currency) {
        LinePrice price = new LinePrice(StoredMoney.money(listAmount, currency), new Rate(new BigDecimal(tierRate)),
                StoredMoney.money(publicPrice, currency), new Rate(new BigDecimal(partnerRate)),
                StoredMoney.money(afterPartnerRate, currency), StoredMoney.money(partnerPrice, currency));
        return new OrderLine(lineNo, productId, ProductCategory.valueOf(category), quantity, price,
                BenefitReason.valueOf(reason), subscriptionId);
    }
}
