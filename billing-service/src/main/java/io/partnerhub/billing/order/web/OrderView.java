package io.partnerhub.billing.order.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderLineDocument;

import java.time.Instant;
import java.util.List;

/**
 * An order as one caller may see it. The payer sees the amounts and the invoice id; the partner
 * sees the amounts and its benefit with the reason on every line; a customer whose partner paid
 * sees the products installed in its organization, without the partner's prices (R24).
 * {@code termsSource}: {@code OWNER} when the partnership terms were partnership-service's at that
 * moment, {@code READ_MODEL} when a customer's order was attributed from billing's read model because
 * the owner could not be reached (absent on orders placed before billing asked the owner).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(String orderId, String customerId, String partnerId, String partnershipId, String orderedBy,
                        String paidBy, boolean renewal, String currency, Instant placedAt, String total,
                        String invoiceId, String termsSource, List<LineView> lines) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineView(int lineNo, String productId, String category, int quantity, String publicPrice,
                           String pricePaid, String benefit, String benefitAmount, String benefitReason,
                           String subscriptionId) {
    }

    static OrderView of(OrderDocument order, String callerOrganizationId) {
        boolean payer = callerOrganizationId.equals(order.payerOrganizationId());
        boolean partner = callerOrganizationId.equals(order.partnerId());
        boolean amounts = payer || partner;
        return new OrderView(order.id(), order.customerId(), order.partnerId(), order.partnershipId(),
                order.orderedBy(), order.paidBy(), order.renewal(), order.currency(), order.placedAt(),
                amounts ? order.total() : null, payer ? order.invoiceId() : null, order.termsSource(),
                order.lines().stream().map(line -> line(line, amounts, partner)).toList());
    }

    private static LineView line(OrderLineDocument line, boolean amounts, boolean partner) {
        return new LineView(line.lineNo(), line.productId(), line.category(), line.quantity(),
                amounts ? line.publicPrice() : null, amounts ? line.pricePaid() : null,
                partner ? line.benefit() : null, partner ? line.benefitAmount() : null,
                partner ? line.reason() : null, line.subscriptionId());
    }
}
