package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.Orderer;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.invoice.Invoice;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A placed order or renewal: its priced lines, who ordered, who paid, the partnership it was
 * attributed to (if any), and its invoice to the payer. Immutable once placed (R25).
 */
public record Order(String orderId, String customerId, String partnerId, String partnershipId, Orderer orderedBy,
                    Payer paidBy, boolean renewal, Currency currency, List<OrderLine> lines, Instant placedAt) {

    public Order {
        lines = List.copyOf(lines);
    }

    /** The amount invoiced: the sum of the lines' paid prices. */
    public Money total() {
        return sum(OrderLine::pricePaid);
    }

    public Money cashbackTotal() {
        return sum(OrderLine::cashback);
    }

    public Money discountTotal() {
        return sum(OrderLine::discount);
    }

    /** Public value of the lines the partner manages: what counts towards its yearly volume (R2). */
    public Money managedVolume() {
        return lines.stream().filter(line -> line.reason().managedByPartner()).map(OrderLine::publicPrice)
                .reduce(Money.zero(currency), Money::plus);
    }

    public String payerOrganizationId() {
        return paidBy == Payer.PARTNER ? partnerId : customerId;
    }

    public Invoice invoice() {
        return new Invoice(Invoice.idFor(orderId), orderId, payerOrganizationId(), customerId, total(), placedAt);
    }

    private Money sum(Function<OrderLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.zero(currency), Money::plus);
    }
}
