package io.partnerhub.tender.request.scheduling;

import io.partnerhub.tender.request.ExpirySweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the expiry sweep on a schedule. Every instance may: each save is guarded by the revision it
 * loaded, so a request expires, and emits its events, once.
 */
@Component
public class ExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);

    private final ExpirySweep sweep;

    public ExpirySweeper(ExpirySweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelayString = "${tender.expiry.sweep-interval:PT1M}", initialDelayString = "PT5S")
    public void run() {
        try {
            sweepAll();
        } catch (RuntimeException e) {
            log.warn("Expiry sweep failed; next run retries", e);
        }
    }

    /** Expires every due request; answers how many. */
    public int sweepAll() {
        int total = 0;
        int expired;
        do {
            expired = sweep.sweep();
            total += expired;
        } while (expired > 0);
        if (total > 0) {
            log.info("Expired {} tender requests", total);
        }
        return total;
    }
}
