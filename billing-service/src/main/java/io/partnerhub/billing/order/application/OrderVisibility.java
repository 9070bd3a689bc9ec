package io.partnerhub.billing.order.application;

import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.partnership.client.PartnerUserReach;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Who may read an order. The customer always (the products are in its organization). The partner
 * the order is attributed to only while it has a live partnership with that customer now, as
 * partnership-service answers it: once the customer ended the partnership or it lost access, the
 * partner gets 404 at once, not when billing's read model catches up. The owner unreachable → 503
 * for the partner (fail closed). Of the partner's users, a collaborator (R5) reads only the orders
 * of customers its current right names — partnership-service's {@code mayManage}, the same answer an
 * order by that collaborator is decided on; 404 otherwise, like an object out of reach. Anyone else:
 * 404, without asking anyone.
 */
@Service
public class OrderVisibility {

    private final OrderStore orders;
    private final PartnerUserReach reach;

    public OrderVisibility(OrderStore orders, PartnerUserReach reach) {
        this.orders = orders;
        this.reach = reach;
    }

    public OrderDocument read(Caller caller, String orderId) {
        String organization = caller.organizationId();
        OrderDocument order = orders.find(orderId).orElseThrow(() -> new NotFoundException("No order " + orderId));
        if (organization == null) {
            throw new NotFoundException("No order " + orderId);
        }
        if (organization.equals(order.customerId())) {
            return order;
        }
        if (organization.equals(order.partnerId()) && reach.liveTerms(caller, order.customerId()).isPresent()) {
            return order;
        }
        throw new NotFoundException("No order " + orderId);
    }
}
