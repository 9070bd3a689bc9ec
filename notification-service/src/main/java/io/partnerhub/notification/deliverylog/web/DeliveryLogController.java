package io.partnerhub.notification.deliverylog.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.deliverylog.application.DeliveryLog;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

    /**
     * One format per kind of id, checked here (a malformed one is a 400 problem naming it): deliveries
     * and source events are UUIDs, a recipient an email address.
     */
    @GetMapping
    List<DeliveryView> search(Caller caller, @RequestParam(required = false) @Email @Size(max = 254) String recipient,
                              @RequestParam(required = false) UUID sourceEventId,
                              @RequestParam(required = false) DeliveryStatus status,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return log.search(caller, recipient, sourceEventId == null ? null : sourceEventId.toString(), status, limit)
                .stream().map(DeliveryView::of).toList();
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
