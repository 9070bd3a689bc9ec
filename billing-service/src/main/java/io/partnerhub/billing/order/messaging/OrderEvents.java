package io.partnerhub.billing.order.messaging;

import io.partnerhub.billing.benefit.Benefit;
import io.partnerhub.billing.invoice.Invoice;
import io.partnerhub.billing.messaging.AvroMoney;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.DiscountApplied;
import io.partnerhub.events.billing.InvoiceIssued;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.Orderer;
import io.partnerhub.events.billing.PartnerBenefit;
import io.partnerhub.events.billing.Payer;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The events a placed order causes, as outbox messages keyed by order id (Topic.ORDERS). */
@Component
public class OrderEvents {

    private final EventMetadataFactory metadata;

    public OrderEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    public List<OutboxMessage> placed(Order order, Caller caller) {
        List<OutboxMessage> messages = new ArrayList<>();
        OrderPlaced placed = OrderPlaced.newBuilder()
                .setMetadata(metadata.create(order.orderId(), 1, caller, null, null))
                .setOrderId(order.orderId())
                .setCustomerId(order.customerId())
                .setPartnerId(order.partnerId())
                .setPartnershipId(order.partnershipId())
                .setOrderedBy(Orderer.valueOf(order.orderedBy().name()))
                .setPaidBy(Payer.valueOf(order.paidBy().name()))
                .setRenewal(order.renewal())
                .setLines(order.lines().stream().map(OrderEvents::line).toList())
                .setTotal(AvroMoney.toAvro(order.total()))
                .build();
        messages.add(OutboxMessage.of(Topic.ORDERS, order.orderId(), placed));
        Invoice invoice = order.invoice();
        InvoiceIssued issued = InvoiceIssued.newBuilder()
                .setMetadata(metadata.create(order.orderId(), 1, caller, placed.getMetadata().getCorrelationId(),
                        placed.getMetadata().getEventId().toString()))
                .setInvoiceId(invoice.invoiceId())
                .setOrderId(order.orderId())
                .setPayerOrganizationId(invoice.payerOrganizationId())
                .setCustomerId(order.customerId())
                .setTotal(AvroMoney.toAvro(invoice.total()))
                .setIssuedAt(invoice.issuedAt())
                .build();
        messages.add(OutboxMessage.of(Topic.ORDERS, order.orderId(), issued));
        if (order.discountTotal().isPositive()) {
            DiscountApplied discount = DiscountApplied.newBuilder()
                    .setMetadata(metadata.create(order.orderId(), 1, caller, placed.getMetadata().getCorrelationId(),
                            placed.getMetadata().getEventId().toString()))
                    .setOrderId(order.orderId())
                    .setPartnerId(order.partnerId())
                    .setCustomerId(order.customerId())
                    .setAmount(AvroMoney.toAvro(order.discountTotal()))
                    .setReason(order.lines().stream().filter(line -> line.benefit() == Benefit.DISCOUNT)
                            .findFirst().orElseThrow().reason().name())
                    .build();
            messages.add(OutboxMessage.of(Topic.ORDERS, order.orderId(), discount));
        }
        return messages;
    }

    private static io.partnerhub.events.billing.OrderLine line(OrderLine line) {
        return io.partnerhub.events.billing.OrderLine.newBuilder()
                .setProductId(line.productId())
                .setProductCategory(line.category().name())
                .setQuantity(line.quantity())
                .setPublicPrice(AvroMoney.toAvro(line.publicPrice()))
                .setPricePaid(AvroMoney.toAvro(line.pricePaid()))
                .setBenefit(PartnerBenefit.valueOf(line.benefit().name()))
                .setBenefitAmount(AvroMoney.toAvro(line.benefitAmount()))
                .setBenefitReason(line.reason().name())
                .setSubscriptionId(line.subscriptionId())
                .build();
    }
}
