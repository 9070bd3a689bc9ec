package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.BenefitPolicy;
import io.partnerhub.billing.benefit.BenefitReason;
import io.partnerhub.billing.benefit.Orderer;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.pricing.LinePricing;
import io.partnerhub.billing.pricing.Product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Places an order: checks what the partnership allows, prices each line, and records on each line
 * which R19/R20 rule applied. Pure: the caller supplies the partnership terms, the id and the time.
 */
public final class Checkout {

    private final LinePricing pricing;
    private final BenefitPolicy policy = new BenefitPolicy();

    public Checkout(LinePricing pricing) {
        this.pricing = pricing;
    }

    /** The customer orders for itself; the order is attributed to the partnership that manages it, if any. */
    public Order placeByCustomer(String orderId, OrderRequest request, List<PartnershipTerms> liveOfCustomer,
                                 Instant now) {
        if (request.requestedPayer() == Payer.PARTNER) {
            throw new OrderRefusedException(OrderRefusal.CUSTOMER_PAYS_ITS_OWN_ORDERS,
                    "A customer's own orders are paid with the customer's payment means");
        }
        validateProducts(request);
        PartnershipTerms terms = ManagingPartnership.choose(liveOfCustomer, request.lines(), pricing.priceList())
                .orElse(null);
        return price(orderId, request, Orderer.CUSTOMER, terms, now);
    }

    /** The partner orders for its customer, within the live partnership {@code terms} (null: none). */
    public Order placeByPartner(String orderId, OrderRequest request, PartnershipTerms terms, Instant now) {
        if (terms == null || !terms.live()) {
            throw new OrderRefusedException(OrderRefusal.NO_LIVE_PARTNERSHIP,
                    "No live partnership with customer " + request.customerId());
        }
        validateProducts(request);
        for (RequestedLine line : request.lines()) {
            Product product = pricing.priceList().product(line.productId());
            if (!terms.covers(product.id(), product.category())) {
                throw new OrderRefusedException(OrderRefusal.PRODUCT_NOT_GRANTED,
                        "The customer did not grant access to " + product.category() + " (" + product.id() + ")");
            }
        }
        if (request.requestedPayer() == Payer.PARTNER && !terms.partnerPays()) {
            throw new OrderRefusedException(OrderRefusal.PARTNER_MEANS_NOT_ALLOWED,
                    "The partner's payment means are allowed only under full access with partner payment mode");
        }
        if (request.requestedPayer() == Payer.CUSTOMER && terms.partnerPays()) {
            throw new OrderRefusedException(OrderRefusal.CUSTOMER_MEANS_NOT_ALLOWED,
                    "The customer entrusted its billing to the partner: the partner's payment means pay");
        }
        return price(orderId, request, Orderer.PARTNER, terms, now);
    }

    private void validateProducts(OrderRequest request) {
        request.lines().forEach(line -> pricing.priceList().product(line.productId())
                .unitPrice(request.currency()));
    }

    private Order price(String orderId, OrderRequest request, Orderer orderer, PartnershipTerms terms, Instant now) {
        List<OrderLine> lines = new ArrayList<>();
        for (RequestedLine requested : request.lines()) {
            Product product = pricing.priceList().product(requested.productId());
            BenefitReason reason = policy.decide(terms, orderer, product.id(), product.category());
            int lineNo = lines.size() + 1;
            String subscriptionId = requested.subscriptionId() != null ? requested.subscriptionId()
                    : OrderLine.newSubscriptionId(orderId, lineNo);
            lines.add(new OrderLine(lineNo, product.id(), product.category(), requested.quantity(),
                    pricing.price(product.id(), requested.quantity(), request.currency()), reason, subscriptionId));
        }
        Payer payer = lines.get(0).reason().payer();
        boolean attributed = terms != null && lines.stream().anyMatch(line -> line.reason().managedByPartner());
        return new Order(orderId, request.customerId(), attributed ? terms.partnerId() : null,
                attributed ? terms.partnershipId() : null, orderer, payer, request.renewal(), request.currency(),
                lines, now);
    }
}
