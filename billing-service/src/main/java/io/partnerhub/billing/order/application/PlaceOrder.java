package io.partnerhub.billing.order.application;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.collaborator.OrderingPermission;
import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.order.messaging.OrderEvents;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.partnership.PartnershipReadModel;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.kit.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Places an order or renewal for a customer, by the customer's own users or by its partner's,
 * within what the partnership allows. One insert stores the order, its invoice and its events.
 */
@Service
public class PlaceOrder {

    private final Checkout checkout;
    private final PartnershipReadModel partnerships;
    private final CollaboratorRightsStore collaborators;
    private final OrderStore orders;
    private final OrderEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    public PlaceOrder(Checkout checkout, PartnershipReadModel partnerships, CollaboratorRightsStore collaborators,
                      OrderStore orders, OrderEvents events, OutboxRelay relay, Clock clock) {
        this.checkout = checkout;
        this.partnerships = partnerships;
        this.collaborators = collaborators;
        this.orders = orders;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public PlacedOrder place(Caller caller, OrderRequest request, String idempotencyKey) {
        String orderId = orderId(caller, idempotencyKey);
        String fingerprint = fingerprint(request);
        if (idempotencyKey != null) {
            var earlier = orders.find(orderId);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        Order order = decide(caller, request, orderId);
        OrderDocument document = OrderDocument.from(order, caller.userId(), caller.organizationId(), fingerprint,
                events.placed(order, caller));
        if (!orders.insert(document)) {
            return replay(orders.find(orderId).orElseThrow(), fingerprint);
        }
        relay.wake();
        return new PlacedOrder(document, false);
    }

    /**
     * Renews an earlier order's products for the same customer. The renewal is a new order priced
     * and attributed under the partnership as it is NOW (R25): a payment-mode change or an ended
     * partnership changes who earns what from this renewal on, never the earlier order.
     */
    public PlacedOrder renew(Caller caller, String orderId, String idempotencyKey) {
        OrderDocument earlier = orders.find(orderId)
                .filter(found -> caller.organizationId().equals(found.customerId())
                        || caller.organizationId().equals(found.partnerId()))
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
        OrderRequest renewal = new OrderRequest(earlier.customerId(), Currency.valueOf(earlier.currency()),
                earlier.lines().stream().map(line -> new RequestedLine(line.productId(), line.quantity())).toList(),
                true, null);
        return place(caller, renewal, idempotencyKey);
    }

    private Order decide(Caller caller, OrderRequest request, String orderId) {
        if (caller.organizationId() != null && caller.organizationId().equals(request.customerId())) {
            require(OrderingPermission.ofCustomerUser(caller.roles()));
            return checkout.placeByCustomer(orderId, request, partnerships.liveOfCustomer(request.customerId()),
                    clock.instant());
        }
        PartnershipTerms terms = partnerships.liveBetween(caller.organizationId(), request.customerId())
                .orElseThrow(() -> new NotFoundException("No customer " + request.customerId()));
        require(OrderingPermission.ofPartnerUser(caller.organizationId(), caller.roles(),
                collaborators.find(caller.organizationId(), caller.userId()), request.customerId()));
        return checkout.placeByPartner(orderId, request, terms, clock.instant());
    }

    private static void require(OrderingPermission permission) {
        if (!permission.granted()) {
            throw new ForbiddenException(permission.reason());
        }
    }

    private static PlacedOrder replay(OrderDocument earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestFingerprint())) {
            throw new ConflictException("This Idempotency-Key was already used for a different order");
        }
        return new PlacedOrder(earlier, true);
    }

    /** A stable description of what was asked: a retry must ask the same. */
    static String fingerprint(OrderRequest request) {
        StringBuilder text = new StringBuilder().append(request.customerId()).append('|').append(request.currency())
                .append('|').append(request.renewal()).append('|').append(request.requestedPayer());
        request.lines().forEach(line -> text.append('|').append(line.productId()).append('x').append(line.quantity()));
        return UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String orderId(Caller caller, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return "ord-" + UUID.randomUUID();
        }
        String scoped = caller.organizationId() + "|" + caller.userId() + "|" + idempotencyKey;
        return "ord-" + UUID.nameUUIDFromBytes(scoped.getBytes(StandardCharsets.UTF_8));
    }
}
