package io.partnerhub.billing.invoice.web;

import io.partnerhub.billing.order.persistence.OrderDocument;

import java.time.Instant;
import java.util.List;

/** An invoice as its payer sees it. Products are the customer's ({@code customerId}) whoever paid. */
public record InvoiceView(String invoiceId, String orderId, String payerOrganizationId, String customerId,
                          String currency, String total, Instant issuedAt, boolean renewal, List<Line> lines) {

    public record Line(String productId, int quantity, String amount) {
    }

    static InvoiceView of(OrderDocument order) {
        return new InvoiceView(order.invoiceId(), order.id(), order.payerOrganizationId(), order.customerId(),
                order.currency(), order.total(), order.placedAt(), order.renewal(),
                order.lines().stream().map(line -> new Line(line.productId(), line.quantity(), line.pricePaid()))
                        .toList());
    }
}
