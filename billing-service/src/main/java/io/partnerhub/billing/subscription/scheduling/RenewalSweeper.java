package io.partnerhub.billing.subscription.scheduling;

import io.partnerhub.billing.subscription.application.Renewals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the renewal pass on a schedule, on every instance (each write is guarded: see {@link Renewals}). */
@Component
class RenewalSweeper {

    private static final Logger log = LoggerFactory.getLogger(RenewalSweeper.class);

    private final Renewals renewals;

    RenewalSweeper(Renewals renewals) {
        this.renewals = renewals;
    }

    @Scheduled(fixedDelayString = "${partnerhub.subscriptions.sweep-interval:PT1M}",
            initialDelayString = "${partnerhub.subscriptions.sweep-initial-delay:PT10S}")
    void sweep() {
        Renewals.Pass pass = renewals.sweepOnce();
        if (pass.renewed() + pass.lapsed() + pass.reminded() > 0) {
            log.info("Renewal pass: {} renewed, {} lapsed, {} reminded", pass.renewed(), pass.lapsed(), pass.reminded());
        }
    }
}
