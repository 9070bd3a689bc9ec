package io.partnerhub.billing.termination;

import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a partnership about to end: the products whose renewals earn the partner cashback today and
 * will stop earning it (R25: from the next renewal on), each with its latest order's cashback.
 */
public final class RenewalsLosingCashback {

    private RenewalsLosingCashback() {
    }

    public record Renewal(String productId, String category, int quantity, Money cashbackPerRenewal,
                          String lastOrderId, Instant lastOrderedAt) {
    }

    public static List<Renewal> of(List<Order> ordersOfPartnership) {
        Map<String, Renewal> latest = new LinkedHashMap<>();
        ordersOfPartnership.stream().sorted(Comparator.comparing(Order::placedAt)).forEach(order -> {
            for (OrderLine line : order.lines()) {
                if (line.benefit() == Benefit.CASHBACK) {
                    latest.put(line.productId() + ":" + order.currency(), new Renewal(line.productId(),
                            line.category().name(), line.quantity(), line.cashback(), order.orderId(),
                            order.placedAt()));
                }
            }
        });
        return List.copyOf(latest.values());
    }
}
