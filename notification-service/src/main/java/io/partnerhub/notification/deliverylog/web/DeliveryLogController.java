package io.partnerhub.notification.deliverylog.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.deliverylog.application.DeliveryLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code /ops/deliveries}: find emails by recipient, source event or status; see attempts; resend one. */
@RestController
@RequestMapping("/ops/deliveries")
class DeliveryLogController {

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    List<DeliveryView> search(Caller caller, @RequestParam(required = false) String recipient,
                              @RequestParam(required = false) String sourceEventId,
                              @RequestParam(required = false) DeliveryStatus status,
                              @RequestParam(defaultValue = "50") int limit) {
        return log.search(caller, recipient, sourceEventId, status, limit).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{id}")
    DeliveryView get(Caller caller, @PathVariable UUID id) {
        return DeliveryView.of(log.get(caller, id));
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryView resend(Caller caller, @PathVariable UUID id) {
        return DeliveryView.of(log.resend(caller, id));
    }
}
