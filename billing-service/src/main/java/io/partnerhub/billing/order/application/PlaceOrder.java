package io.partnerhub.billing.order.application;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.collaborator.OrderingPermission;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import io.partnerhub.billing.order.TermsSource;
import io.partnerhub.billing.order.messaging.OrderEvents;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.billing.partnership.client.OwnerTerms;
import io.partnerhub.billing.partnership.client.PartnershipOwner;
import io.partnerhub.billing.partnership.persistence.PartnershipReadModel;
import io.partnerhub.kit.client.ServiceUnavailableException;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.kit.web.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Places an order or renewal for a customer, by the customer's own users or by its partner's,
 * within what the partnership allows. One insert stores the order, its invoice and its events.
 *
 * <p>The partnership terms (and a collaborator's right, R5) are those in force at this moment: asked
 * of partnership-service, so no order acts on terms a confirmed change has already replaced. A
 * partner's order is refused with 503 when the owner cannot answer (fail closed: it is the partner's
 * authority that is in question). A customer's own order falls back to the read model, because the
 * customer's right to buy for itself does not depend on the partnership; the order records that its
 * attribution came from there ({@link TermsSource#READ_MODEL}).
 */
@Service
public class PlaceOrder {

    private static final Logger log = LoggerFactory.getLogger(PlaceOrder.class);

    private final Checkout checkout;
    private final PartnershipOwner owner;
    private final PartnershipReadModel readModel;
    private final OrderStore orders;
    private final OrderEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    public PlaceOrder(Checkout checkout, PartnershipOwner owner, PartnershipReadModel readModel,
                      OrderStore orders, OrderEvents events, OutboxRelay relay, Clock clock) {
        this.checkout = checkout;
        this.owner = owner;
        this.readModel = readModel;
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
        Decided decided = decide(caller, request, orderId);
        Order order = decided.order();
        OrderDocument document = OrderDocument.from(order, caller.userId(), caller.organizationId(), fingerprint,
                decided.termsSource(), events.placed(order, caller));
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
        String organization = caller.organizationId();
        OrderDocument earlier = orders.find(orderId)
                .filter(found -> organization != null && (organization.equals(found.customerId())
                        || organization.equals(found.partnerId())))
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
        OrderRequest renewal = new OrderRequest(earlier.customerId(), Currency.valueOf(earlier.currency()),
                earlier.lines().stream().map(line -> new RequestedLine(line.productId(), line.quantity(),
                        line.subscriptionId() != null ? line.subscriptionId()
                                : OrderLine.newSubscriptionId(earlier.id(), line.lineNo()))).toList(),
                true, null);
        return place(caller, renewal, idempotencyKey);
    }

    private record Decided(Order order, TermsSource termsSource) {
    }

    private Decided decide(Caller caller, OrderRequest request, String orderId) {
        if (caller.organizationId() == null) {
            throw new NotFoundException("No customer " + request.customerId());
        }
        if (caller.organizationId().equals(request.customerId())) {
            require(OrderingPermission.ofCustomerUser(caller.roles()));
            List<PartnershipTerms> live;
            TermsSource source;
            try {
                live = owner.liveOfCustomer(request.customerId());
                source = TermsSource.OWNER;
            } catch (ServiceUnavailableException unavailable) {
                live = readModel.liveOfCustomer(request.customerId());
                source = TermsSource.READ_MODEL;
                log.warn("Order {} of customer {}: partnership-service cannot answer ({}); attributing it from the"
                                + " read model, which may lag behind a confirmed change", orderId, request.customerId(),
                        unavailable.getMessage());
            }
            return new Decided(checkout.placeByCustomer(orderId, request, live, clock.instant()), source);
        }
        // a partner's (or its collaborator's) order: only on the owner's answer; unreachable → 503, nothing stored
        OwnerTerms.PartnerStanding standing = owner.standing(caller.organizationId(), request.customerId(),
                caller.userId());
        PartnershipTerms terms = standing.live()
                .orElseThrow(() -> new NotFoundException("No customer " + request.customerId()));
        require(OrderingPermission.ofPartnerUser(caller.organizationId(), caller.roles(), standing.rights(),
                request.customerId()));
        return new Decided(checkout.placeByPartner(orderId, request, terms, clock.instant()), TermsSource.OWNER);
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
