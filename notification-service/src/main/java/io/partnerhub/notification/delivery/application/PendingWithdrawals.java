package io.partnerhub.notification.delivery.application;

import io.partnerhub.notification.delivery.CauseEnded;
import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The shortcut for consumed events that end a cause (a tender cancelled or expired, an invitation
 * answered, cancelled, expired or resent): the emails still waiting for it are withdrawn in one
 * bulk update, so the sender need not ask their owner. Best effort — a failure here changes
 * nothing: the check right before sending still withdraws them.
 */
@Service
public class PendingWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(PendingWithdrawals.class);

    private final DeliveryStore store;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    PendingWithdrawals(DeliveryStore store, DeliveryMetrics metrics, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void withdraw(List<CauseEnded> ended) {
        if (ended.isEmpty()) {
            return;
        }
        try {
            long withdrawn = store.withdrawPending(ended, clock.instant());
            metrics.withdrawn("event", withdrawn);
            if (withdrawn > 0) {
                log.info("Withdrew {} waiting email(s) whose cause ended: {}", withdrawn, ended);
            }
        } catch (RuntimeException e) {
            log.warn("Could not withdraw the emails of {} ended cause(s) at once; the check before sending will: {}",
                    ended.size(), e.toString());
        }
    }
}
