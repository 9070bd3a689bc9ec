package io.partnerhub.billing.order.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.order.application.OrderVisibility;
import io.partnerhub.billing.order.application.PlaceOrder;
import io.partnerhub.billing.order.application.PlacedOrder;
import io.partnerhub.kit.security.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Orders and renewals, placed by a customer or by its partner acting for it. */
@RestController
@RequestMapping("/orders")
class OrderController {

    private final PlaceOrder placeOrder;
    private final OrderVisibility visibility;

    OrderController(PlaceOrder placeOrder, OrderVisibility visibility) {
        this.placeOrder = placeOrder;
        this.visibility = visibility;
    }

    /** A retried POST with the same {@code Idempotency-Key} answers the first order (200) instead of creating one. */
    @PostMapping
    ResponseEntity<OrderView> place(Caller caller, @Valid @RequestBody OrderRequestBody body,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PlacedOrder placed = placeOrder.place(caller, body.toRequest(), idempotencyKey);
        OrderView view = OrderView.of(placed.order(), caller.organizationId());
        return ResponseEntity.status(placed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/orders/" + view.orderId()))
                .header("Idempotent-Replayed", Boolean.toString(placed.replayed()))
                .body(view);
    }

    /** Renews an earlier order's products, priced under the partnership as it is now (R25). */
    @PostMapping("/{orderId}/renewals")
    ResponseEntity<OrderView> renew(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORDER, message = IdFormats.ORDER_MESSAGE) String orderId,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PlacedOrder placed = placeOrder.renew(caller, orderId, idempotencyKey);
        OrderView view = OrderView.of(placed.order(), caller.organizationId());
        return ResponseEntity.status(placed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/orders/" + view.orderId()))
                .header("Idempotent-Replayed", Boolean.toString(placed.replayed()))
                .body(view);
    }

    /**
     * The customer (products are in its organization) sees its orders; the order's partner while its
     * partnership with the customer is live at partnership-service (503 when that cannot be asked);
     * others get 404.
     */
    @GetMapping("/{orderId}")
    OrderView get(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORDER, message = IdFormats.ORDER_MESSAGE) String orderId) {
        return OrderView.of(visibility.read(caller, orderId), caller.organizationId());
    }
}
