package io.partnerhub.notification.deliverylog.application;

import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import io.partnerhub.notification.delivery.scheduling.SenderJob;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The delivery log's use cases, for support and ops only (role OPS). */
@Service
public class DeliveryLog {

    private final DeliveryStore store;
    private final SenderJob senderJob;
    private final Clock clock;

    DeliveryLog(DeliveryStore store, SenderJob senderJob, Clock clock) {
        this.store = store;
        this.senderJob = senderJob;
        this.clock = clock;
    }

    public List<Delivery> search(Caller caller, String recipient, String sourceEventId, DeliveryStatus status, int limit) {
        requireOps(caller);
        return store.search(recipient, sourceEventId, status, Math.min(Math.max(limit, 1), 500));
    }

    public Delivery get(Caller caller, UUID id) {
        requireOps(caller);
        return store.find(id).orElseThrow(() -> new NotFoundException("No email " + id));
    }

    /** Sends a finished email (sent or failed) once more, on purpose; it keeps its history. */
    public Delivery resend(Caller caller, UUID id) {
        Delivery delivery = get(caller, id);
        DeliveryStatus previous = delivery.status();
        try {
            delivery.resend(clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        if (!store.saveResend(delivery, previous)) {
            throw new ConflictException("Email " + id + " changed meanwhile; look again");
        }
        senderJob.wake();
        return delivery;
    }

    private static void requireOps(Caller caller) {
        if (!caller.hasRole(Caller.OPS)) {
            throw new ForbiddenException("The delivery log is for support and operations (role OPS)");
        }
    }
}
