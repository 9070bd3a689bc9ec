package io.partnerhub.notification.delivery.scheduling;

import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import io.partnerhub.notification.delivery.persistence.DeliveryStore.ClaimedDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a sending round's claim alive while the round runs: the lease is short (so the emails of
 * an instance that died are due again soon) and renewed every third of it from a background thread,
 * however long one SMTP exchange takes. A round sends only while its lease is known to hold.
 */
final class ClaimRenewals implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClaimRenewals.class);

    private final DeliveryStore store;
    private final Duration lease;
    private final Clock clock;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-claim-renewal");
        thread.setDaemon(true);
        return thread;
    });

    ClaimRenewals(DeliveryStore store, Duration lease, Clock clock) {
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("partnerhub.notification.sender.lease must be at least 3s, not " + lease);
        }
        this.store = store;
        this.lease = lease;
        this.clock = clock;
    }

    /** Starts renewing the claim of a round that claimed {@code claimed} at {@code claimedAt}. */
    Held hold(List<ClaimedDelivery> claimed, Instant claimedAt) {
        Held held = new Held(claimed, claimedAt.plus(lease));
        long period = lease.toMillis() / 3;
        held.renewal = renewer.scheduleAtFixedRate(held::renew, period, period, TimeUnit.MILLISECONDS);
        return held;
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }

    /** One round's claim, renewed until {@link #close()}. */
    final class Held implements AutoCloseable {

        private final List<ClaimedDelivery> claimed;
        private volatile Instant until;
        private ScheduledFuture<?> renewal;

        private Held(List<ClaimedDelivery> claimed, Instant until) {
            this.claimed = claimed;
            this.until = until;
        }

        /**
         * Whether the lease still holds for at least a third of its length: past that, a failed
         * renewal may have let another sender claim these emails, so this round stops sending.
         */
        boolean holds() {
            return clock.instant().plus(lease.dividedBy(3)).isBefore(until);
        }

        private void renew() {
            Instant next = clock.instant().plus(lease);
            try {
                store.renewClaim(claimed.get(0).claimToken(), next);
                until = next;
            } catch (RuntimeException e) {
                log.warn("Could not renew the claim on {} emails (held until {}): {}", claimed.size(), until, e.toString());
            }
        }

        @Override
        public void close() {
            renewal.cancel(false);
        }
    }
}
